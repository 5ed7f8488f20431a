import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files `ekssc fmt` works on, and its atomic in-place rewrite.
public enum FormatFiles {
    /// A path that could not be listed, read or written; `description` is the message.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The message shown to the user.
        public var description: String
    }

    /// `paths` in order, each directory replaced by the `.sec` files under it, recursively, in
    /// sorted order (hidden folders and files skipped); `-` (standard input) is kept as it is.
    public static func expand(_ paths: [String]) throws(Failure) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                  isDirectory.boolValue else {
                files.append(path)
                continue
            }
            guard let walker = FileManager.default.enumerator(atPath: path) else {
                throw Failure(description: "cannot list '\(path)'")
            }
            var found: [String] = []
            for case let relative as String in walker {
                // Hidden folders and files (.git, .build, fmt's own temporary files) are skipped.
                if relative.split(separator: "/").last?.hasPrefix(".") == true {
                    walker.skipDescendants()
                    continue
                }
                if relative.hasSuffix(".sec") { found.append(relative) }
            }
            let prefix = path.hasSuffix("/") ? path : path + "/"
            files += found.sorted().map { prefix + $0 }
        }
        return files
    }

    /// Replaces the file at `path` with `bytes` atomically: a new file beside it, with its
    /// permissions, written in full and synced, then renamed over it. A reader sees the old
    /// file or the new one, never a part.
    public static func replace(_ path: String, with bytes: [UInt8]) throws(Failure) {
        var info = stat()
        guard stat(path, &info) == 0 else { throw failure("cannot read", path) }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = "\(folder).\(name).ekssc-fmt-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, info.st_mode & 0o7777)
        guard descriptor >= 0 else { throw failure("cannot create", temporary) }
        var written = 0
        let complete = bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                written += count
            }
            return fsync(descriptor) == 0
        }
        let failed = complete ? nil : failure("cannot write", temporary)
        close(descriptor)
        if let failed {
            unlink(temporary)
            throw failed
        }
        guard rename(temporary, path) == 0 else {
            let failed = failure("cannot replace", path)
            unlink(temporary)
            throw failed
        }
    }

    private static func failure(_ what: String, _ path: String) -> Failure {
        Failure(description: "\(what) '\(path)': \(String(cString: strerror(errno)))")
    }
}
