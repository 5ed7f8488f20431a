/// Turns the bytes of a `.sec` file into tokens, one at a time, in linear time, losslessly.
///
/// The lexer follows the lexical section of `grammar/ekssc.ebnf`. It reads the file's bytes
/// through an `UnsafeBufferPointer` (no `String` or `Character` work except one interned
/// `String` per distinct word or string value) and reports problems as `.invalid` tokens rather
/// than diagnostics, so that the parser decides what to report (at most one error per line, a
/// bound on the total). Comments, spaces, tabs, a lone CR and a UTF-8 byte order mark at offset 0
/// are trivia; newlines directly after `,`, `->` and `<-` are trivia too, so that lists and flows
/// may be wrapped. Each token records where its trivia starts, so nothing is lost.
struct Lexer {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Added to every offset: the file's `baseOffset`.
    private let base: Int
    private var offset = 0
    /// Set after `,`, `->` and `<-`: the next newlines do not end the statement.
    private var continuesStatement = false
    private var strings = StringInterner()
    /// False when only kinds and ranges are wanted (the formatter reads the bytes itself):
    /// words and strings then get no `text`.
    private let makesText: Bool

    /// A lexer over `bytes`, which must stay valid while it is used; offsets start at `baseOffset`.
    init(_ bytes: UnsafeBufferPointer<UInt8>, baseOffset: Int = 0, makesText: Bool = true) {
        self.bytes = bytes
        base = baseOffset
        self.makesText = makesText
    }

    /// Every token of `file` up to and including `.endOfFile`: the lossless token stream
    /// (without `text` when `makesText` is false).
    static func tokens(of file: SourceFile, makesText: Bool = true) -> [Token] {
        file.bytes.withUnsafeBufferPointer { buffer in
            var lexer = Lexer(buffer, baseOffset: file.baseOffset, makesText: makesText)
            var tokens: [Token] = []
            tokens.reserveCapacity(file.bytes.count / 5 + 1)
            while true {
                let token = lexer.next()
                tokens.append(token)
                if token.kind == .endOfFile { return tokens }
            }
        }
    }

    /// The next token; `.endOfFile` forever once the input is used up.
    mutating func next() -> Token {
        let triviaStart = offset
        skipTrivia()
        let start = offset
        guard offset < bytes.count else {
            var end = Token(.endOfFile, .empty(at: base + bytes.count))
            end.triviaStart = base + min(triviaStart, bytes.count)
            return end
        }
        let byte = bytes[offset]
        var token: Token
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            token = lexWord()
        case UInt8(ascii: "\n"):
            offset += 1
            token = Token(.newline, range(from: start))
        case UInt8(ascii: "\r"):  // CR LF; a lone CR was skipped as white space
            offset += 2
            token = Token(.newline, range(from: start))
        case UInt8(ascii: "\""):
            token = lexString()
        case UInt8(ascii: "-") where peek(1) == UInt8(ascii: ">"):
            offset += 2
            token = Token(.arrow, range(from: start))
        case UInt8(ascii: "<") where peek(1) == UInt8(ascii: "-"):
            offset += 2
            token = Token(.backArrow, range(from: start))
        default:
            if let kind = Lexer.punctuation(byte) {
                offset += 1
                token = Token(kind, range(from: start))
            } else {
                token = lexUnexpected()
            }
        }
        token.triviaStart = base + triviaStart
        token.span = range(from: start)
        switch token.kind {
        case .comma, .arrow, .backArrow: continuesStatement = true
        default: continuesStatement = false
        }
        return token
    }

    // MARK: - trivia

    /// Skips spaces, tabs, lone CRs, comments, the byte order mark, and newlines that do not end
    /// a statement.
    private mutating func skipTrivia() {
        if offset == 0 { offset = SourceFile.byteOrderMarkLength(of: bytes) }
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                offset += 1
            case UInt8(ascii: "\r") where peek(1) != UInt8(ascii: "\n"):
                offset += 1
            case UInt8(ascii: "#"):
                while offset < bytes.count, !isLineBreak(at: offset) { offset += 1 }
            case UInt8(ascii: "\n") where continuesStatement:
                offset += 1
            case UInt8(ascii: "\r") where continuesStatement:
                offset += 2
            default:
                return
            }
        }
    }

    // MARK: - words and strings

    /// `word-start { word-char }`, never taking a `-` that begins `->`.
    private mutating func lexWord() -> Token {
        let start = offset
        offset += 1
        while offset < bytes.count, Lexer.isWordChar(bytes[offset]) {
            if bytes[offset] == UInt8(ascii: "-"), peek(1) == UInt8(ascii: ">") { break }
            offset += 1
        }
        guard makesText else { return Token(.word, range(from: start)) }
        return Token(.word, range(from: start), text: text(start..<offset))
    }

    /// A string on one line. On an error the whole string (or the rest of the line) is consumed
    /// and the token points at the offending part. A string without escapes is interned straight
    /// from the file's bytes; only one with escapes builds its value.
    private mutating func lexString() -> Token {
        let start = offset
        offset += 1
        var value: [UInt8]? = nil
        var error: Token?
        while true {
            guard offset < bytes.count else {
                return error ?? Token(.invalid(.unterminatedString), range(from: start))
            }
            let byte = bytes[offset]
            if byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                value?.append(byte)
                offset += 1
                continue
            }
            if isLineBreak(at: offset) {
                return error ?? Token(.invalid(.unterminatedString), range(from: start))
            }
            if byte == UInt8(ascii: "\"") {
                offset += 1
                guard error == nil else { return error! }
                guard makesText else { return Token(.string, range(from: start)) }
                let text = value.map { String(decoding: $0, as: UTF8.self) }
                    ?? text(start + 1..<offset - 1)
                return Token(.string, range(from: start), text: text)
            }
            if byte == UInt8(ascii: "\\") {
                if value == nil { value = Array(bytes[start + 1..<offset]) }
                let escapeStart = offset
                let escaped: UInt8? = switch peek(1) {
                case UInt8(ascii: "\""): UInt8(ascii: "\"")
                case UInt8(ascii: "\\"): UInt8(ascii: "\\")
                case UInt8(ascii: "n"): UInt8(ascii: "\n")
                case UInt8(ascii: "t"): UInt8(ascii: "\t")
                default: nil
                }
                if let escaped {
                    value?.append(escaped)
                    offset += 2
                    continue
                }
                offset += 1
                var shown: Unicode.Scalar?
                if offset < bytes.count, !isLineBreak(at: offset), let scalar = UTF8Decoding.scalar(in: bytes, at: offset) {
                    // Only a visible character goes into the message (no raw control codes).
                    if Parser.State.describe(scalar.value).hasPrefix("'") { shown = scalar.value }
                    offset += scalar.length
                }
                error = error ?? Token(.invalid(.invalidEscape(shown)), range(from: escapeStart))
                continue
            }
            guard let scalar = UTF8Decoding.scalar(in: bytes, at: offset) else {
                error = error ?? Token(.invalid(.invalidUTF8(byte)), SourceRange(start: base + offset, end: base + offset + 1))
                offset += 1
                continue
            }
            value?.append(contentsOf: bytes[offset..<offset + scalar.length])
            offset += scalar.length
        }
    }

    /// A byte no token starts with: one invalid UTF-8 byte, or one whole unexpected character.
    private mutating func lexUnexpected() -> Token {
        let start = offset
        guard let scalar = UTF8Decoding.scalar(in: bytes, at: offset) else {
            offset += 1
            return Token(.invalid(.invalidUTF8(bytes[start])), range(from: start))
        }
        offset += scalar.length
        return Token(.invalid(.unexpectedCharacter(scalar.value)), range(from: start))
    }

    /// The text of the local byte range `range`, interned.
    @inline(__always)
    private mutating func text(_ range: Range<Int>) -> String {
        strings.string(for: UnsafeBufferPointer(rebasing: bytes[range]))
    }

    // MARK: - bytes

    @inline(__always)
    private func peek(_ distance: Int) -> UInt8? {
        offset + distance < bytes.count ? bytes[offset + distance] : nil
    }

    /// LF, or CR LF (a lone CR is white space).
    @inline(__always)
    private func isLineBreak(at index: Int) -> Bool {
        bytes[index] == UInt8(ascii: "\n")
            || (bytes[index] == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n"))
    }

    /// The global range from the local offset `start` to the current offset.
    @inline(__always)
    private func range(from start: Int) -> SourceRange {
        SourceRange(start: base + start, end: base + offset)
    }

    static func isWordStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            true
        default:
            false
        }
    }

    @inline(__always)
    static func isWordChar(_ byte: UInt8) -> Bool {
        isWordStart(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }

    static func punctuation(_ byte: UInt8) -> TokenKind? {
        switch byte {
        case UInt8(ascii: "{"): .openBrace
        case UInt8(ascii: "}"): .closeBrace
        case UInt8(ascii: ","): .comma
        case UInt8(ascii: ";"): .semicolon
        case UInt8(ascii: "="): .equals
        case UInt8(ascii: "/"): .slash
        case UInt8(ascii: "*"): .star
        default: nil
        }
    }
}
