/// Why `ekssc diff` could not compare at all: unreadable or malformed live input, or a failed
/// kubectl/aws run. The CLI prints `message` and exits 2; drift itself is never an error.
public struct DiffError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
