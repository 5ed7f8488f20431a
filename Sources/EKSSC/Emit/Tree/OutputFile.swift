/// One file of the output tree: a relative, `/`-separated path and its text.
public struct OutputFile: Sendable, Hashable {
    /// The path relative to the output folder, `/`-separated.
    public var path: String
    /// The file's text, written as UTF-8.
    public var contents: String

    init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
