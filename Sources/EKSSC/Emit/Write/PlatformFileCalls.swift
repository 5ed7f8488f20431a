#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The platform-specific file calls of the output writer, in one place.
enum PlatformFileCalls {
    /// Exchanges the two paths (both must exist) in one atomic step, so that there is no moment
    /// at which either name is missing. Returns false, having changed nothing, when the platform
    /// or the file system cannot do it; the caller then falls back to two renames.
    static func exchange(_ first: String, _ second: String) -> Result<Bool, Errno> {
        #if os(Linux)
        // renameat2(2) is in glibc since 2.28 but not in Swift's Glibc module: look it up.
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = renameat2Symbol else { return .success(false) }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 1 << 1  // RENAME_EXCHANGE in <linux/fs.h>
        if renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0 { return .success(true) }
        // Not supported by the kernel or this file system: no change was made.
        if errno == ENOSYS || errno == EINVAL || errno == ENOTSUP { return .success(false) }
        return .failure(Errno(code: errno))
        #elseif canImport(Darwin)
        // renamex_np(RENAME_SWAP) is Darwin's atomic exchange.
        if renamex_np(first, second, UInt32(RENAME_SWAP)) == 0 { return .success(true) }
        if errno == ENOTSUP || errno == EINVAL { return .success(false) }
        return .failure(Errno(code: errno))
        #else
        return .success(false)
        #endif
    }

    #if os(Linux)
    private nonisolated(unsafe) static let renameat2Symbol: UnsafeMutableRawPointer? = {
        guard let process = dlopen(nil, RTLD_NOW) else { return nil }
        return dlsym(process, "renameat2")
    }()
    #endif

    /// An `errno` value with its text.
    struct Errno: Error {
        var code: Int32
        var text: String { String(cString: strerror(code)) }
    }

    /// Whether a process with this id exists (or might: any answer but "no such process").
    static func processMayBeAlive(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno != ESRCH)
    }

    /// This process's id.
    static var currentProcessID: Int32 { getpid() }

    /// The canonical absolute path of an existing path (links resolved), nil when it cannot be
    /// resolved.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The current working directory, canonical.
    static func currentDirectory() -> String? {
        realPath(".")
    }

    /// `rename(2)`: replaces `destination` if it is an empty directory or a file.
    static func rename(_ source: String, _ destination: String) -> Errno? {
        #if canImport(Glibc)
        Glibc.rename(source, destination) == 0 ? nil : Errno(code: errno)
        #else
        Darwin.rename(source, destination) == 0 ? nil : Errno(code: errno)
        #endif
    }

    /// `read(2)` into raw memory.
    static func read(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
        #else
        Darwin.read(descriptor, buffer, count)
        #endif
    }
}
