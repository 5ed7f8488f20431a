/// A file of an output directory that does not match the tree a build would write
/// (`ekssc build --check`).
public struct StaleFile: Sendable, Hashable, CustomStringConvertible {
    /// How the file on disk differs.
    public enum Reason: String, Sendable, Hashable {
        /// The build would write the file; it is not on disk (or not a regular file).
        case missing
        /// On disk with other contents.
        case differs
        /// On disk but not part of the build's tree.
        case extra
    }

    /// Relative to the output directory, `/`-separated.
    public var path: String
    /// How it differs.
    public var reason: Reason

    init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// `reason: path`, as `build --check` lists it.
    public var description: String { "\(reason.rawValue): \(path)" }
}
