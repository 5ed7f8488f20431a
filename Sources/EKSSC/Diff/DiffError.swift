/// Why `ekssc diff` could not compare at all: unreadable or malformed live input, or a failed
/// kubectl/aws run. The CLI prints `message` and exits 2; drift itself is never an error.
public struct DiffError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, shown as `ekssc: error: <message>`.
    public var message: String

    /// An error with `message`.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
