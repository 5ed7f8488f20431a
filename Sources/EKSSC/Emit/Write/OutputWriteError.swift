/// Why an output tree was not written. When `OutputWriter.write` throws, the target directory is
/// exactly as it was before.
public enum OutputWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A file path that is absolute, empty, has an empty, `.` or `..` component, or clashes with
    /// another path (a file where a folder is needed, a duplicate, the marker file).
    case invalidPath(String)
    /// The target is a non-empty directory whose contents do not match its marker file (or
    /// that has none), and `force` is off; `reason` says what does not match.
    case notWrittenByEkssc(directory: String, reason: String)
    /// The target is the current directory or contains it; never replaced, even with `force`.
    case containsWorkingDirectory(directory: String)
    /// The target is a symbolic link; ekssc never replaces or follows one.
    case targetIsSymlink(directory: String)
    /// The target exists and is not a directory.
    case targetIsNotDirectory(directory: String)
    /// The target names no directory of its own (`.`, `..`, `/`, empty).
    case unnamedTarget(directory: String)
    /// The folder that should hold the target does not exist (ekssc creates only the target).
    case parentMissing(directory: String, parent: String)
    /// A file system call failed.
    case fileSystem(operation: String, path: String, reason: String)

    /// The message shown to the user.
    public var description: String {
        switch self {
        case .invalidPath(let path):
            "invalid output file path '\(path)'"
        case .notWrittenByEkssc(let directory, let reason):
            "'\(directory)' is \(reason); use --force to replace it"
        case .containsWorkingDirectory(let directory):
            "'\(directory)' is the current directory or contains it; name an output directory such as 'out'"
        case .targetIsSymlink(let directory):
            "'\(directory)' is a symbolic link; ekssc does not replace or follow links, name a directory"
        case .targetIsNotDirectory(let directory):
            "'\(directory)' exists and is not a directory"
        case .unnamedTarget(let directory):
            "'\(directory)' cannot be replaced; name an output directory such as 'out'"
        case .parentMissing(let directory, let parent):
            "cannot write '\(directory)': the folder '\(parent)' does not exist"
        case .fileSystem(let operation, let path, let reason):
            "cannot \(operation) '\(path)': \(reason)"
        }
    }
}
