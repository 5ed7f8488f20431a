/// One token of a `.sec` file with the trivia before it: the lossless unit of the token stream.
///
/// Every byte of a file is in exactly one token's `leadingTrivia` or `span`, in order, so the
/// tokens of `Lexer.tokens(of:)` concatenated reproduce the file byte for byte (the formatter
/// relies on it). All offsets are global (`SourceFile.baseOffset` added).
struct Token: Sendable {
    var kind: TokenKind
    /// The bytes the token covers; for `.invalid`, the bytes the error is about.
    var range: SourceRange
    /// A word's text or a string's decoded value (interned by the lexer); empty for punctuation.
    var text: String
    /// The bytes the token consumed: `range`, except for an error inside a string, where it is
    /// the whole string.
    var span: SourceRange
    /// Where the trivia before the token starts: spaces, tabs, lone CRs, comments, newlines that
    /// do not end a statement, and the byte order mark. The trivia ends at `span.start`.
    var triviaStart: Int

    init(_ kind: TokenKind, _ range: SourceRange, text: String = "") {
        self.kind = kind
        self.range = range
        self.text = text
        span = range
        triviaStart = range.start
    }

    /// The trivia before the token.
    var leadingTrivia: SourceRange { SourceRange(start: triviaStart, end: span.start) }

    /// True for the word `keyword` (keywords are contextual: they are ordinary words).
    func isWord(_ keyword: String) -> Bool {
        kind == .word && text == keyword
    }

    /// How the token is named in a message: `'region'`, `'{'`, `a string`, `end of file`.
    var quoted: String {
        switch kind {
        case .word: "'\(text)'"
        case .string: "a string"
        case .newline: "end of line"
        case .endOfFile: "end of file"
        case .invalid: "an invalid character"
        default: "'\(kind.spelling)'"
        }
    }
}

/// The kinds of token in the grammar's lexical section, plus `invalid` for lexical errors.
enum TokenKind: Equatable, Sendable {
    case word
    case string
    case openBrace
    case closeBrace
    case comma
    case semicolon
    case equals
    /// `->`
    case arrow
    /// `<-`
    case backArrow
    case slash
    case star
    /// LF or CR LF.
    case newline
    case endOfFile
    /// Bytes that are not a token; the parser reports the error when it meets the token.
    case invalid(LexicalError)

    /// The source text of a punctuation token.
    var spelling: String {
        switch self {
        case .openBrace: "{"
        case .closeBrace: "}"
        case .comma: ","
        case .semicolon: ";"
        case .equals: "="
        case .arrow: "->"
        case .backArrow: "<-"
        case .slash: "/"
        case .star: "*"
        case .word: "word"
        case .string: "string"
        case .newline: "newline"
        case .endOfFile: "end of file"
        case .invalid: "invalid"
        }
    }
}

/// What is wrong with the bytes of an `.invalid` token.
enum LexicalError: Equatable, Sendable {
    /// A byte that does not start or continue a valid UTF-8 sequence.
    case invalidUTF8(UInt8)
    /// A well-formed character that no token may start with (or a control character in a string).
    case unexpectedCharacter(Unicode.Scalar)
    /// A string with no closing `"` on its line.
    case unterminatedString
    /// A `\` followed by something other than `"`, `\`, `n` or `t`: the character after it when
    /// that is visible, nil when it is not (a control character, a space, the end of the line).
    case invalidEscape(Unicode.Scalar?)
}
