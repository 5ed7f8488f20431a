/// Groups the lossless token stream into output lines: statements, blocks, comments, blank lines.
///
/// Generic over statement structure: it knows tokens, trivia and braces, not declarations.
/// A block whose `{ … }` holds a line break or a comment is laid out one statement per line,
/// indented one level; a block written on one line stays on it. Statement ends (newline, and `;`
/// outside one-line blocks) end output lines; line breaks after `,`, `->` and `<-` are kept as
/// continuation lines. Comments stay where they were: on their own line, or trailing their line.
/// User blank lines are kept, at most one in a row, never right after `{` or before `}`; a
/// top-level declaration that spans several lines gets one blank line before and after it.
struct FormatLineBuilder {
    private let file: SourceFile
    private let tokens: [Token]
    private var lines: [FormatLine] = []
    /// The local byte range of every printed token, in order; cells index it.
    private(set) var pieces: [Range<Int>] = []
    private var line = FormatLine(kind: .code, depth: 0)
    private var depth = 0
    /// By token index: true for a `{` whose block is laid out one statement per line.
    private var multiline: [Bool] = []
    /// The enclosing blocks, innermost last: multi-line or not.
    private var blocks: [Bool] = []
    private var blankLines = 0
    /// Something was printed for the current source line: its newline is not a blank line.
    private var sourceLineHasOutput = false
    private var nextIsContinuation = false
    private var topLevelStatement = 0
    private var previousKind: TokenKind?

    init(file: SourceFile, tokens: [Token]) {
        self.file = file
        self.tokens = tokens
    }

    mutating func build() -> [FormatLine] {
        pieces.reserveCapacity(tokens.count)
        lines.reserveCapacity(file.lineCount + file.lineCount / 4)
        findMultilineBlocks()
        file.bytes.withUnsafeBufferPointer { bytes in
            for (index, token) in tokens.enumerated() {
                readTrivia(of: token, bytes)
                read(token, at: index)
            }
        }
        return Self.spacedTopLevel(lines)
    }

    // MARK: - blocks

    /// Marks each `{` whose block holds a statement-ending newline, a line break or a comment
    /// in its trivia, or a multi-line block.
    private mutating func findMultilineBlocks() {
        multiline = Array(repeating: false, count: tokens.count)
        var open: [(index: Int, spansLines: Bool)] = []
        file.bytes.withUnsafeBufferPointer { bytes in
            for (index, token) in tokens.enumerated() {
                if !open.isEmpty, token.kind == .newline || triviaBreaksLine(token, bytes) {
                    open[open.count - 1].spansLines = true
                }
                switch token.kind {
                case .openBrace:
                    open.append((index, false))
                case .closeBrace:
                    guard let block = open.popLast() else { continue }
                    multiline[block.index] = block.spansLines
                    if block.spansLines, !open.isEmpty { open[open.count - 1].spansLines = true }
                default:
                    break
                }
            }
        }
        for block in open { multiline[block.index] = true }  // unclosed: refused before, but never inline
    }

    private func triviaBreaksLine(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = local(token.leadingTrivia)
        return bytes[range].contains { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "#") }
    }

    // MARK: - trivia

    private mutating func readTrivia(of token: Token, _ bytes: UnsafeBufferPointer<UInt8>) {
        let range = local(token.leadingTrivia)
        var index = range.lowerBound
        while index < range.upperBound {
            switch bytes[index] {
            case UInt8(ascii: "#"):
                var end = index
                while end < range.upperBound, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                var trimmed = end
                while trimmed > index, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r")].contains(bytes[trimmed - 1]) {
                    trimmed -= 1
                }
                comment(index..<trimmed)
                index = end
            case UInt8(ascii: "\n"):
                // Only after `,`, `->` or `<-`: the statement goes on on the next line.
                if !line.cells.isEmpty {
                    finishLine(wholeStatement: false)
                    nextIsContinuation = true
                }
                sourceLineHasOutput = false
                index += 1
            default:
                index += 1  // spaces, tabs, lone CRs, the byte order mark
            }
        }
    }

    private mutating func comment(_ range: Range<Int>) {
        if !line.cells.isEmpty {
            line.comment = range
        } else if sourceLineHasOutput, let last = lines.indices.last, lines[last].kind == .code, lines[last].comment == nil {
            lines[last].comment = range  // after a `;` or a `{` that ended the output line
        } else {
            flushBlankLines()
            var commentLine = FormatLine(kind: .comment, depth: depth)
            commentLine.isContinuation = nextIsContinuation
            commentLine.comment = range
            if depth > 0 || nextIsContinuation { commentLine.statement = topLevelStatement }
            lines.append(commentLine)
            sourceLineHasOutput = true
        }
    }

    // MARK: - tokens

    private mutating func read(_ token: Token, at index: Int) {
        switch token.kind {
        case .newline, .endOfFile:
            endStatement()
            if token.kind == .newline, !sourceLineHasOutput { blankLines += 1 }
            sourceLineHasOutput = false
        case .semicolon where blocks.last ?? true:
            endStatement()  // a `;` between statements of a multi-line block becomes a line break
            sourceLineHasOutput = true
        case .openBrace:
            append(token)
            let spansLines = multiline[index]
            blocks.append(spansLines)
            if spansLines {
                line.opensBlock = true
                finishLine(wholeStatement: false)
                depth += 1
                blankLines = 0
                sourceLineHasOutput = true
            }
        case .closeBrace where blocks.last == true:
            _ = blocks.popLast()
            endStatement()
            depth -= 1
            blankLines = 0
            append(token)
            line.startsStatement = false
        case .closeBrace:
            _ = blocks.popLast()
            append(token)
        default:
            append(token)
        }
        previousKind = token.kind
    }

    private mutating func endStatement() {
        if !line.cells.isEmpty { finishLine(wholeStatement: line.startsStatement) }
        nextIsContinuation = false
    }

    private mutating func append(_ token: Token) {
        let range = local(token.span)
        let startsCell: Bool
        if line.cells.isEmpty {
            flushBlankLines()
            line.depth = depth
            line.isContinuation = nextIsContinuation
            line.startsStatement = !nextIsContinuation
            if depth == 0, !nextIsContinuation, token.kind != .closeBrace { topLevelStatement += 1 }
            line.statement = topLevelStatement
            startsCell = true
        } else {
            startsCell = !(token.kind == .comma || token.kind == .semicolon || token.kind == .slash || previousKind == .slash)
        }
        pieces.append(range)
        let width = columns(range)
        if startsCell {
            line.cells.append(FormatLine.Cell(first: pieces.count - 1, end: pieces.count, width: width,
                                              anchor: anchor(of: token, range), isPaddable: token.kind == .word))
        } else {
            let last = line.cells.count - 1
            line.cells[last].end = pieces.count
            line.cells[last].width += width
            if token.kind == .comma { line.cells[last].isPaddable = false }
        }
    }

    /// A word's bytes hashed (FNV-1a), one value for every string, one per punctuation.
    private func anchor(of token: Token, _ range: Range<Int>) -> UInt64 {
        switch token.kind {
        case .word:
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in file.bytes[range] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return hash | 0x100
        case .string:
            return UInt64(UInt8(ascii: "\""))
        default:
            return file.bytes[range.lowerBound...].first.map(UInt64.init) ?? 0
        }
    }

    private mutating func finishLine(wholeStatement: Bool) {
        line.isWholeStatement = wholeStatement && !line.opensBlock
        lines.append(line)
        line = FormatLine(kind: .code, depth: depth)
        sourceLineHasOutput = true
    }

    /// At most one blank line, and none at the start of the file or right after a `{`.
    private mutating func flushBlankLines() {
        defer { blankLines = 0 }
        guard blankLines > 0, let last = lines.last, last.kind != .blank, !last.opensBlock else { return }
        lines.append(FormatLine(kind: .blank, depth: depth))
    }

    // MARK: - top level

    /// One blank line before and after every top-level statement that spans several lines (its
    /// leading comments go with it), none at the end.
    static func spacedTopLevel(_ lines: [FormatLine]) -> [FormatLine] {
        var lineCount: [Int: Int] = [:]
        for line in lines where line.kind == .code { if let id = line.statement { lineCount[id, default: 0] += 1 } }
        func isMultiline(_ line: FormatLine) -> Bool { line.statement.map { lineCount[$0, default: 0] > 1 } ?? false }
        var result: [FormatLine] = []
        result.reserveCapacity(lines.count + lines.count / 4)
        var index = 0
        while index < lines.count {
            let current = lines[index]
            let startsMultiline = current.kind == .code && current.depth == 0 && current.startsStatement && isMultiline(current)
            if startsMultiline {
                // Leading comments directly above belong to the declaration.
                var insertAt = result.count
                while insertAt > 0, result[insertAt - 1].kind == .comment, result[insertAt - 1].depth == 0,
                      result[insertAt - 1].statement == nil {
                    insertAt -= 1
                }
                if insertAt > 0, result[insertAt - 1].kind != .blank {
                    result.insert(FormatLine(kind: .blank, depth: 0), at: insertAt)
                }
            }
            if current.kind == .blank, result.last?.kind == .blank { index += 1; continue }
            if current.kind != .blank, let previous = result.last, previous.kind != .blank, previous.depth == 0,
               previous.statement != nil, isMultiline(previous), previous.statement != current.statement {
                result.append(FormatLine(kind: .blank, depth: 0))
            }
            result.append(current)
            index += 1
        }
        while result.last?.kind == .blank { result.removeLast() }
        return result
    }

    // MARK: - bytes

    private func local(_ range: SourceRange) -> Range<Int> {
        (range.start - file.baseOffset)..<(range.end - file.baseOffset)
    }

    private func columns(_ range: Range<Int>) -> Int {
        file.bytes.withUnsafeBufferPointer { bytes in
            if !bytes[range].contains(where: { $0 >= 0x80 }) { return range.count }
            var count = 0
            var index = range.lowerBound
            while index < range.upperBound {
                index += UTF8Decoding.columnLength(in: bytes, at: index)
                count += 1
            }
            return count
        }
    }
}
