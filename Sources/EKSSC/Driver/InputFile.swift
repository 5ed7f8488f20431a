#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one reader of every input ekssc takes in: the `.sec` file, live objects (`--live FILE`,
/// `--live -`), saved IAM output, what kubectl and aws print, and the files `build --check`
/// compares. Each read has a size limit that is enforced while reading, so an endless input
/// (`/dev/zero`, `yes |`) costs at most the limit plus one byte of memory and reading.
public enum InputFile {
    /// The default limit of every input: the largest `.sec` file and live state ekssc reads.
    public static let maxBytes = 16 * 1024 * 1024

    /// Why an input could not be read; `description` is the message shown to the user.
    public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The input has more bytes than the limit allowed (nothing of it is returned).
        public var isTooLarge: Bool
        /// The message shown to the user.
        public var description: String

        static func tooLarge(_ path: String, limit: Int) -> ReadError {
            ReadError(isTooLarge: true, description: "cannot read '\(path)': input larger than \(sizeText(limit))")
        }

        static func unreadable(_ path: String, _ reason: String) -> ReadError {
            ReadError(isTooLarge: false, description: "cannot read '\(path)': \(reason)")
        }
    }

    /// The file's bytes, at most `limit` of them. Symbolic links are followed: the user named
    /// the file.
    public static func read(_ path: String, limit: Int = maxBytes) throws(ReadError) -> [UInt8] {
        try read(path, limit: limit, as: .userInput)
    }

    /// How a path is opened: a user's input follows links and may be a pipe or a device; a file
    /// of an output tree (`build --check`) is read only when it is a regular file itself, never
    /// through a link and never waited on (a FIFO).
    enum Kind {
        case userInput
        case outputTreeFile
    }

    /// The one open, inspect and read sequence of every file ekssc reads.
    static func read(_ path: String, limit: Int, as kind: Kind) throws(ReadError) -> [UInt8] {
        let flags = kind == .userInput ? O_RDONLY | O_CLOEXEC : O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC
        let descriptor = open(path, flags)
        guard descriptor >= 0 else {
            throw .unreadable(path, errno == ENOENT ? "no such file" : reason())
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(path, reason()) }
        guard info.st_mode & S_IFMT != S_IFDIR else { throw .unreadable(path, "it is a directory") }
        // A regular file's size is known: refuse it before reading a byte.
        let isRegular = info.st_mode & S_IFMT == S_IFREG
        if kind == .outputTreeFile, !isRegular { throw .unreadable(path, "not a regular file") }
        if isRegular, Int(info.st_size) > limit { throw .tooLarge(path, limit: limit) }
        return try readAll(from: descriptor, named: path, sizeHint: isRegular ? Int(info.st_size) : 0, limit: limit)
    }

    /// Everything on standard input (`-` on the command line), at most `limit` bytes.
    public static func readStandardInput(limit: Int = maxBytes) throws(ReadError) -> [UInt8] {
        try readAll(from: 0, named: "-", sizeHint: 0, limit: limit)
    }

    /// Reads `descriptor` to its end into one buffer, stopping as soon as it holds `limit + 1`
    /// bytes: that one byte more is how an input over the limit is told from one exactly at it.
    static func readAll(from descriptor: Int32, named path: String, sizeHint: Int, limit: Int) throws(ReadError) -> [UInt8] {
        let capacity = limit + 1
        var size = min(capacity, max(sizeHint + 1, 1 << 16))
        // A growing malloc'd buffer read straight into; copied once into the result.
        guard var buffer = malloc(size) else { throw .unreadable(path, "out of memory") }
        defer { free(buffer) }
        var filled = 0
        while filled < capacity {
            if filled == size {
                size = min(capacity, size * 2)
                guard let grown = realloc(buffer, size) else { throw .unreadable(path, "out of memory") }
                buffer = grown
            }
            let count = PlatformFileCalls.read(descriptor, buffer + filled, size - filled)
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path, reason())
            }
            if count == 0 { break }
            filled += count
        }
        if filled > limit { throw .tooLarge(path, limit: limit) }
        return Array(UnsafeRawBufferPointer(start: buffer, count: filled).bindMemory(to: UInt8.self))
    }

    /// `16 MiB`, `1 KiB`, or a byte count.
    static func sizeText(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }

    private static func reason() -> String {
        String(cString: strerror(errno))
    }
}
