import ArgumentParser
import EKSSC

/// Reads the `.sec` file named on the command line; an unreadable path is a usage error (exit 2).
enum SourceFileLoader {
    static func load(_ path: String) throws -> SourceFile {
        do {
            return SourceFile(path: path, bytes: try InputFile.read(path))
        } catch {
            Terminal.standardError.fail(error.description)
            throw ExitCode(2)
        }
    }
}
