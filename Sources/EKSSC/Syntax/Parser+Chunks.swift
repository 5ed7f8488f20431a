/// A large file parsed in pieces on all cores: the file is cut at top-level declarations, each
/// piece is parsed on its own, and the trees are put together in order.
///
/// Only a file with no syntax error is parsed this way. A piece that ends inside a block (or a
/// piece that starts inside one) has an error of its own, so when any piece reports anything the
/// whole file is parsed again in one piece, and the diagnostics (the error limit, "first
/// statement" checks, the end of the file as the place of a missing `}`) are those of one parse.
/// Without errors the pieces' trees concatenated are the tree of one parse: every cut is at the
/// start of a line, so a piece without errors ends where a statement ended (no statement ends
/// in `,`, `->` or `<-`, after which a newline would not end it), at the top level (a piece
/// that ends inside a block misses its `}`), and the next piece starts where the lexer and the
/// parser of one parse were in their state at the start of a file.
extension Parser {
    /// The size of a piece; files under two pieces are parsed in one.
    static let chunkBytes = 256 * 1024

    /// `parse` in pieces of about `every` bytes; nil when the file has fewer than two pieces or
    /// any piece reports a diagnostic (the caller then parses it whole).
    static func parseInChunks(_ file: SourceFile, every target: Int) -> ParseResult? {
        let starts = file.bytes.withUnsafeBufferPointer { chunkStarts($0, every: target) }
        guard starts.count > 1 else { return nil }
        let bounds = starts + [file.bytes.count]
        let pieces = Array(starts.indices).concurrentMap { index in
            file.bytes.withUnsafeBufferPointer { buffer in
                let start = bounds[index]
                var state = State(file, UnsafeBufferPointer(rebasing: buffer[start..<bounds[index + 1]]), start: start)
                let declarations = state.parseFile()
                return Piece(declarations: declarations, waivers: state.waivers, owner: state.owner,
                             isClean: state.diagnostics.isEmpty && state.damage.isEmpty, rules: state.rules)
            }
        }
        guard pieces.allSatisfy(\.isClean) else { return nil }
        var declarations: [Declaration] = []
        declarations.reserveCapacity(pieces.reduce(0) { $0 + $1.declarations.count })
        var waivers: [WaiverSyntax] = []
        var rules: UInt64 = 0
        for piece in pieces {
            declarations += piece.declarations
            waivers += piece.waivers
            rules |= piece.rules
        }
        let mayInterpolate = file.bytes.withUnsafeBufferPointer { $0.contains(UInt8(ascii: "$")) }
        return ParseResult(syntax: SourceFileSyntax(declarations: declarations, waivers: waivers,
                                                    owners: pieces.compactMap(\.owner), mayInterpolate: mayInterpolate),
                           diagnostics: [], rulesUsed: GrammarRule.names(rules))
    }

    /// What one piece's parse left.
    private struct Piece: Sendable {
        var declarations: [Declaration]
        var waivers: [WaiverSyntax]
        var owner: OwnerSyntax?
        /// No diagnostic and no damage.
        var isClean: Bool
        var rules: UInt64
    }

    /// Local offsets where pieces start: 0, then, from about every `target` bytes on, the first
    /// line that begins with a lowercase letter after a line whose last byte (before trailing
    /// white space) is `}` and that has no comment. Only a few lines are looked at per cut, not
    /// the whole file: a cut where the parser is not between two declarations (inside a block,
    /// or after a `}` in a string) leaves a piece with an error, and the file is parsed whole
    /// (see the type's comment).
    static func chunkStarts(_ bytes: UnsafeBufferPointer<UInt8>, every target: Int) -> [Int] {
        var starts = [0]
        var offset = target
        let count = bytes.count
        while offset < count {
            // The next line start at or after `offset`.
            while offset < count, bytes[offset - 1] != UInt8(ascii: "\n") { offset += 1 }
            guard offset < count else { break }
            if bytes[offset] >= UInt8(ascii: "a"), bytes[offset] <= UInt8(ascii: "z"), endsWithBrace(line: offset, in: bytes) {
                starts.append(offset)
                offset += target
            } else {
                offset += 1
            }
        }
        return starts
    }

    /// Whether the line before the one starting at `lineStart` ends with `}` (white space after
    /// it aside) and has no `#`.
    private static func endsWithBrace(line lineStart: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = lineStart - 2
        while index >= 0, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t")
            || bytes[index] == UInt8(ascii: "\r") {
            index -= 1
        }
        guard index >= 0, bytes[index] == UInt8(ascii: "}") else { return false }
        while index >= 0, bytes[index] != UInt8(ascii: "\n") {
            if bytes[index] == UInt8(ascii: "#") { return false }
            index -= 1
        }
        return true
    }
}
