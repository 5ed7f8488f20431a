/// Why a compilation has no files although no diagnostic is an error, or why writing them failed.
public enum CompilationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The output tree could not be laid out (a file name too long, two objects on one path).
    case layout(String)
    /// Verification could not evaluate the emitted files.
    case verification(String)
    /// The emitted policies allow other than declared; `Compilation.verification` says how.
    case policiesDifferFromDeclarations
    /// `write(to:)` on a compilation without files (errors remain, or it came from `check`).
    case nothingToWrite
    /// The output directory could not be replaced.
    case write(OutputWriteError)

    /// The message shown to the user.
    public var description: String {
        switch self {
        case .layout(let message), .verification(let message): message
        case .policiesDifferFromDeclarations: "nothing written: the emitted policies differ from the declarations"
        case .nothingToWrite: "nothing to write: the source has errors"
        case .write(let error): error.description
        }
    }
}
