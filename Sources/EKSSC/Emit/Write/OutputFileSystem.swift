#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file system calls the output writer and checker make, none of which follows a
/// symbolic link at the last path component.
enum OutputFileSystem {
    /// What `lstat` says a path is.
    enum EntryKind: Equatable {
        case directory
        case regularFile
        case symlink
        case other
    }

    /// The kind of the entry at `path` (not following a link), nil when nothing is there.
    static func kind(of path: String) throws(OutputWriteError) -> EntryKind? {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw failure("inspect", path)
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .regularFile
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    /// The names in a directory, sorted, without `.` and `..`.
    static func names(in directory: String) throws(OutputWriteError) -> [String] {
        switch DirectoryListing.names(in: directory) {
        case .success(let names): return names.sorted()
        case .failure(let failure): throw .fileSystem(operation: "list", path: directory, reason: failure.description)
        }
    }

    static func makeDirectory(_ path: String) throws(OutputWriteError) {
        guard mkdir(path, 0o755) == 0 else { throw failure("create directory", path) }
    }

    /// Creates `path` (which must not exist yet, nor be a link) with `contents`.
    static func writeNewFile(_ path: String, contents: String, mode: mode_t = 0o644) throws(OutputWriteError) {
        var contents = contents
        // The string's own UTF-8 storage, written without copying it into an array first.
        if let error = contents.withUTF8({ writeNewFile(path, UnsafeRawBufferPointer($0), mode: mode) }) { throw error }
    }

    /// Creates `path` (which must not exist yet, nor be a link) with `bytes`.
    static func writeNewFile(_ path: String, bytes: [UInt8], mode: mode_t = 0o644) throws(OutputWriteError) {
        if let error = bytes.withUnsafeBytes({ writeNewFile(path, $0, mode: mode) }) { throw error }
    }

    /// The one write loop: a new file with every byte, `write` retried on EINTR; the error, if any.
    private static func writeNewFile(_ path: String, _ bytes: UnsafeRawBufferPointer, mode: mode_t) -> OutputWriteError? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor >= 0 else { return failure("create", path) }
        defer { close(descriptor) }
        var remaining = bytes
        while !remaining.isEmpty {
            let written = write(descriptor, remaining.baseAddress, remaining.count)
            if written < 0 {
                if errno == EINTR { continue }
                return failure("write", path)  // errno is still write's
            }
            remaining = UnsafeRawBufferPointer(rebasing: remaining[written...])
        }
        return nil
    }

    /// The permission bits of the file at `path` (following a link, as opening it would).
    static func permissions(of path: String) throws(OutputWriteError) -> mode_t {
        var info = stat()
        guard stat(path, &info) == 0 else { throw failure("read", path) }
        return info.st_mode & 0o7777
    }

    /// The bytes of a regular file if it has at most `limit` of them; nil when it has more, or
    /// cannot be read as a regular file (a link is never followed, a FIFO never waited on).
    static func contents(of path: String, limit: Int) -> [UInt8]? {
        try? InputFile.read(path, limit: limit, as: .outputTreeFile)
    }

    static func rename(_ source: String, to destination: String) throws(OutputWriteError) {
        if let error = PlatformFileCalls.rename(source, destination) {
            throw .fileSystem(operation: "rename", path: source, reason: error.text)
        }
    }

    /// Swaps two existing paths atomically; false (nothing changed) when the platform cannot.
    static func exchange(_ first: String, _ second: String) throws(OutputWriteError) -> Bool {
        switch PlatformFileCalls.exchange(first, second) {
        case .success(let exchanged): return exchanged
        case .failure(let error): throw .fileSystem(operation: "exchange", path: first, reason: error.text)
        }
    }

    /// Removes `path` if it is an empty directory; false otherwise (nothing changed).
    static func removeEmptyDirectory(_ path: String) -> Bool {
        rmdir(path) == 0
    }

    /// Removes a file or a whole directory tree; links are removed, never followed.
    static func remove(_ path: String) throws(OutputWriteError) {
        do {
            try FileManager.default.removeItem(atPath: path)
        } catch {
            throw .fileSystem(operation: "remove", path: path, reason: String(describing: error))
        }
    }

    private static func failure(_ operation: String, _ path: String) -> OutputWriteError {
        .fileSystem(operation: operation, path: path, reason: String(cString: strerror(errno)))
    }
}
