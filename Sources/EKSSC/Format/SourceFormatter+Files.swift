extension SourceFormatter {
    /// A file `ekssc fmt` could not replace; `description` is the message.
    public struct FileError: Error, Sendable, CustomStringConvertible {
        /// The message shown to the user.
        public var description: String
    }

    /// Replaces the file at `path` with `bytes` atomically: a new file beside it, with its
    /// permissions, written in full, then renamed over it. A reader sees the old file or the new
    /// one, never a part. The writes are the output writer's (`OutputFileSystem`).
    public static func replaceFile(_ path: String, with bytes: [UInt8]) throws(FileError) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = "\(folder).\(name).ekssc-fmt-\(PlatformFileCalls.currentProcessID)"
        do throws(OutputWriteError) {
            let mode = try OutputFileSystem.permissions(of: path)
            do throws(OutputWriteError) {
                try OutputFileSystem.writeNewFile(temporary, bytes: bytes, mode: mode)
                try OutputFileSystem.rename(temporary, to: path)
            } catch {
                try? OutputFileSystem.remove(temporary)
                throw error
            }
        } catch {
            throw FileError(description: error.description)
        }
    }
}
