import ArgumentParser
import EKSSC
import Foundation

/// Reads the `.sec` file named on the command line; an unreadable path is a usage error (exit 2).
enum SourceFileLoader {
    static func load(_ path: String) throws -> SourceFile {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            Terminal.standardError.fail("cannot read '\(path)': no such file")
            throw ExitCode(2)
        }
        guard !isDirectory.boolValue else {
            Terminal.standardError.fail("cannot read '\(path)': it is a directory")
            throw ExitCode(2)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            Terminal.standardError.fail("cannot read '\(path)': permission denied or I/O error")
            throw ExitCode(2)
        }
        return SourceFile(path: path, bytes: [UInt8](data))
    }
}
