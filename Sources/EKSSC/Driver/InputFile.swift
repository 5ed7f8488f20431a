#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file the user named on the command line (a `.sec` file, a kubectl dump), with the
/// reason in words when it cannot be read.
public enum InputFile {
    /// Why a named file could not be read; `description` is the message shown to the user.
    public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// The file's bytes. Symbolic links are followed: the user named the file.
    public static func read(_ path: String) throws(ReadError) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw ReadError(description: "cannot read '\(path)': \(errno == ENOENT ? "no such file" : reason())")
        }
        guard info.st_mode & S_IFMT != S_IFDIR else {
            throw ReadError(description: "cannot read '\(path)': it is a directory")
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReadError(description: "cannot read '\(path)': \(reason())") }
        defer { close(descriptor) }
        return try readAll(from: descriptor, named: path, sizeHint: Int(info.st_size))
    }

    /// Everything on standard input (`-` on the command line).
    public static func readStandardInput() throws(ReadError) -> [UInt8] {
        try readAll(from: 0, named: "-", sizeHint: 0)
    }

    private static func readAll(from descriptor: Int32, named path: String, sizeHint: Int) throws(ReadError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sizeHint)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError(description: "cannot read '\(path)': \(reason())")
            }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
        }
    }

    private static func reason() -> String {
        String(cString: strerror(errno))
    }
}
