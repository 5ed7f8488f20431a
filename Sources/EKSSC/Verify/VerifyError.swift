/// Why `ekssc verify` could not evaluate the emitted artifacts (not a finding: an error).
enum VerifyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A field of an emitted object does not have the shape the API defines.
    case shape(String, String)
    /// An emitted file could not be read back.
    case unreadable(path: String, reason: String)

    var description: String {
        switch self {
        case .shape(let path, let expected): "\(path): expected \(expected)"
        case .unreadable(let path, let reason): "\(path): \(reason)"
        }
    }
}
