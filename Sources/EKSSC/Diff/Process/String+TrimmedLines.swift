extension String {
    /// The text without leading and trailing white space and line breaks (a tool's stderr).
    var trimmedLines: String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace || $0.isNewline }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
