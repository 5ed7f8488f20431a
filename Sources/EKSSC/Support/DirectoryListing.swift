#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The names in a directory, read with `opendir`/`readdir`. Foundation's
/// `FileManager.contentsOfDirectory` did this before at about ten times the instructions (and an
/// error object built for every path that is not a directory), on the start-up path of every
/// build: the output writer lists the output's parent.
enum DirectoryListing {
    /// The names in the directory at `path` (a link to a directory is followed), without `.` and
    /// `..`, in the order the file system lists them; on failure the `strerror` text.
    static func names(in path: String) -> Result<[String], Failure> {
        guard let directory = opendir(path) else { return .failure(Failure(code: errno)) }
        defer { closedir(directory) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else { break }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
        if errno != 0 { return .failure(Failure(code: errno)) }
        return .success(names)
    }

    /// Why a directory could not be listed.
    struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        var code: Int32
        var description: String { String(cString: strerror(code)) }
    }
}
