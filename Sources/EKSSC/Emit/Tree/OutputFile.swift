/// One file of the output tree: a relative, `/`-separated path and its text.
public struct OutputFile: Sendable, Hashable {
    /// The path relative to the output folder, `/`-separated.
    public var path: String
    /// The file's text, written as UTF-8. Setting it forgets the digest computed for the old text.
    public var contents: String {
        didSet { sha256 = nil }
    }
    /// The SHA-256 of `contents` as hex, when it was computed with it (`OutputLayout.render`
    /// hashes each file right after rendering it, while its bytes are in cache, on both cores);
    /// the output marker lists it.
    private(set) var sha256: String?

    init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }

    /// A file with the digest of `contents` computed now.
    static func hashed(path: String, contents: String) -> OutputFile {
        var file = OutputFile(path: path, contents: contents)
        file.sha256 = SHA256.hexDigest(contents)
        return file
    }

    /// `sha256`, or the digest computed now.
    var digest: String {
        sha256 ?? SHA256.hexDigest(contents)
    }

    /// Two files are equal when their paths and texts are (a cached digest does not count).
    public static func == (lhs: OutputFile, rhs: OutputFile) -> Bool {
        lhs.path == rhs.path && lhs.contents == rhs.contents
    }

    /// Hashes the path and the text, as `==` compares them.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(contents)
    }
}
