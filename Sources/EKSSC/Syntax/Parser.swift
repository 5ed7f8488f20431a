/// The recursive-descent parser of `.sec` files; it follows `grammar/ekssc.ebnf` rule for rule.
///
/// The parser never gives up: on an error it records one diagnostic, skips to the end of the
/// statement (or to the `}` of the block it is in) and goes on, so one run reports every syntax
/// error. It reports at most one error per statement (a line, or the part of one between `;`)
/// and stops after `maxErrors`; `ParseResult.damage` says what the errors took away.
enum Parser {
    /// Larger files are refused without being read further.
    static let maxSourceBytes = 16 * 1024 * 1024
    /// After this many errors the parser reports `too many errors, stopping` and stops.
    static let maxErrors = 50

    static func parse(_ file: SourceFile) -> ParseResult {
        guard file.bytes.count <= maxSourceBytes else {
            let diagnostic = SyntaxDiagnostic.fileTooLarge(
                .error, "file is too large (\(mebibytes(file.bytes.count)) MiB; the limit is \(maxSourceBytes >> 20) MiB)",
                at: .empty(at: file.baseOffset))
            return ParseResult(syntax: SourceFileSyntax(declarations: []), diagnostics: [diagnostic], rulesUsed: [])
        }
        if file.bytes.count >= 2 * chunkBytes, let chunked = parseInChunks(file, every: chunkBytes) {
            return chunked
        }
        return parseWhole(file)
    }

    /// `parse` of the whole file in one piece.
    static func parseWhole(_ file: SourceFile) -> ParseResult {
        file.bytes.withUnsafeBufferPointer { buffer in
            var state = State(file, buffer)
            let declarations = state.parseFile()
            return ParseResult(syntax: SourceFileSyntax(declarations: declarations, waivers: state.waivers,
                                                        owners: state.owner.map { [$0] } ?? [],
                                                        mayInterpolate: buffer.contains(UInt8(ascii: "$"))),
                               diagnostics: state.diagnostics, rulesUsed: state.rulesUsed, damage: state.damage)
        }
    }

    /// A byte count in MiB with one decimal, rounded down so that a file just over the limit never
    /// shows as exactly the limit.
    static func mebibytes(_ count: Int) -> String {
        let tenths = count * 10 / (1024 * 1024)
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// Thrown after a diagnostic has been recorded; the nearest statement loop catches it and
    /// skips to the end of the statement.
    struct Recovery: Error {}

    /// The parser's working state: the token stream with one token of lookahead, the diagnostics
    /// and the rules matched so far.
    struct State {
        private var lexer: Lexer
        let file: SourceFile
        /// The token being looked at.
        private(set) var current: Token
        /// The token after `current`.
        private var following: Token
        /// The end of the last consumed token other than a newline: where a statement ends.
        private(set) var lastEnd: Int
        private(set) var diagnostics: [Diagnostic] = []
        /// The `waive` statements read so far.
        var waivers: [WaiverSyntax] = []
        /// The file's `owner` statement, once read.
        var owner: OwnerSyntax?
        /// What the errors so far took away from the tree.
        var damage = ParseDamage()
        /// The statements that already have an error, by line and by the number of `;` read
        /// before them: one error per statement, so a `;` starts afresh on the same line.
        private var errorStatements: Set<StatementKey> = []
        private var semicolonsRead = 0
        private var errorCount = 0
        /// Set once `maxErrors` is reached: from then on the stream is at its end.
        private var stopped = false
        /// `GrammarRule.bit` of every rule matched so far.
        private(set) var rules: UInt64 = 0

        /// A parser over `file`, whose bytes are `buffer` (valid while the state is used).
        /// With `start`, `buffer` holds the file's bytes from the local offset `start` on (a
        /// piece of `Parser.parseInChunks`).
        init(_ file: SourceFile, _ buffer: UnsafeBufferPointer<UInt8>, start: Int = 0) {
            self.file = file
            lastEnd = file.baseOffset + start
            lexer = Lexer(buffer, baseOffset: file.baseOffset + start)
            current = lexer.next()
            following = lexer.next()
        }

        var rulesUsed: Set<String> { GrammarRule.names(rules) }

        // MARK: tokens

        /// The token after `current`.
        var next: Token { following }

        /// Moves to the next token. The tokens are moved, never copied (a copy would retain the
        /// text of each token once more).
        mutating func advance() {
            guard !stopped, current.kind != .endOfFile else { return }
            if current.kind != .newline { lastEnd = current.range.end }
            if current.kind == .semicolon { semicolonsRead += 1 }
            swap(&current, &following)
            following = lexer.next()
        }

        /// Consumes and returns the current token (moved out, not copied).
        mutating func take() -> Token {
            guard !stopped, current.kind != .endOfFile else { return current }
            if current.kind != .newline { lastEnd = current.range.end }
            if current.kind == .semicolon { semicolonsRead += 1 }
            var token = lexer.next()
            swap(&token, &following)
            swap(&token, &current)
            return token
        }

        /// Consumes the current token and returns where it starts.
        mutating func takeStart() -> Int {
            let start = current.range.start
            advance()
            return start
        }

        /// Consumes the word `keyword` if it is next.
        mutating func takeWord(_ keyword: String) -> Bool {
            guard current.isWord(keyword) else { return false }
            advance()
            return true
        }

        /// Consumes a token of `kind` if it is next.
        mutating func take(_ kind: TokenKind) -> Bool {
            guard current.kind == kind else { return false }
            advance()
            return true
        }

        /// Records that `rule` of the grammar was matched.
        mutating func use(_ rule: GrammarRule) {
            rules |= rule.bit
        }

        // MARK: errors

        /// Records an error about the current token (a lexical error in the token takes precedence)
        /// and returns the `Recovery` to throw.
        mutating func fail(_ diagnostic: Diagnostic) -> Recovery {
            report(lexicalDiagnostic(current) ?? diagnostic)
            return Recovery()
        }

        /// Records a diagnostic unless its statement already has one; stops after `maxErrors`.
        mutating func report(_ diagnostic: Diagnostic) {
            guard !stopped else { return }
            guard errorStatements.insert(statementKey(at: diagnostic.range.start)).inserted else { return }
            guard errorCount < Parser.maxErrors else {
                diagnostics.append(SyntaxDiagnostic.tooManyErrors(.error, "too many errors, stopping", at: diagnostic.range))
                stopped = true
                current = Token(.endOfFile, .empty(at: file.endOffset))
                return
            }
            errorCount += 1
            diagnostics.append(diagnostic)
        }

        /// False when a diagnostic at `offset` would be dropped (its statement has one, or the parser stopped).
        func canReport(at offset: Int) -> Bool {
            !stopped && !errorStatements.contains(statementKey(at: offset))
        }

        /// A statement: its line, and how many `;` came before it.
        struct StatementKey: Hashable {
            var line: Int
            var semicolons: Int
        }

        private func statementKey(at offset: Int) -> StatementKey {
            // The line by binary search (`location(of:)` would walk the line, which is quadratic
            // on a long line full of errors).
            StatementKey(line: file.lineIndex(of: offset), semicolons: semicolonsRead)
        }

        /// The diagnostic for an `.invalid` token, nil for any other.
        func lexicalDiagnostic(_ token: Token) -> Diagnostic? {
            guard case .invalid(let error) = token.kind else { return nil }
            switch error {
            case .invalidUTF8(let byte):
                let hex = String(byte, radix: 16, uppercase: true)
                return SyntaxDiagnostic.invalidUTF8(.error, "invalid UTF-8 byte 0x\(hex)", at: token.range)
            case .unexpectedCharacter(let scalar):
                return SyntaxDiagnostic.unexpectedCharacter(.error, "unexpected character \(Self.describe(scalar))",
                                                            at: token.range)
            case .unterminatedString:
                return SyntaxDiagnostic.unterminatedString(.error, "unterminated string", at: token.range,
                                                           hint: "close the string with '\"' on the same line")
            case .invalidEscape(let escape):
                let shown = "\\" + (escape.map { String(Character($0)) } ?? "")
                return SyntaxDiagnostic.invalidEscape(.error, "invalid escape '\(shown)' in string", at: token.range,
                                                      hint: "the escapes are \\\" \\\\ \\n and \\t")
            }
        }

        /// `'@'` for a visible character, `U+0000` for a control or invisible one.
        static func describe(_ scalar: Unicode.Scalar) -> String {
            switch scalar.properties.generalCategory {
            case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .privateUse,
                 .surrogate, .unassigned:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            default:
                return "'\(scalar)'"
            }
        }

        // MARK: recovery

        /// Skips to the end of the statement: past the next newline or `;` at this brace depth, or
        /// up to (not past) the `}` that closes the enclosing block, or to the end of the file.
        /// Nested braces are counted, never recursed into. Lexical errors on the way are reported.
        mutating func skipStatement() {
            var depth = 0
            while true {
                // The line check first: a long line of bad bytes must not build a message per byte.
                if case .invalid = current.kind, canReport(at: current.range.start),
                   let diagnostic = lexicalDiagnostic(current) {
                    report(diagnostic)
                }
                switch current.kind {
                case .endOfFile:
                    return
                case .newline where depth == 0, .semicolon where depth == 0:
                    advance()
                    return
                case .closeBrace where depth == 0:
                    return
                case .openBrace:
                    depth += 1
                case .closeBrace:
                    depth -= 1
                default:
                    break
                }
                advance()
            }
        }

        /// True when `expectEndOfStatement` would not fail here.
        var atEndOfStatement: Bool {
            switch current.kind {
            case .newline, .semicolon, .closeBrace, .endOfFile: true
            default: false
            }
        }

        /// Consumes the end of a statement: a newline or `;`; a `}` or the end of the file is left
        /// for the enclosing block.
        /// `what` is built only for the error message.
        mutating func expectEndOfStatement(after what: @autoclosure () -> String) throws(Recovery) {
            switch current.kind {
            case .newline, .semicolon:
                use(.end)
                advance()
            case .closeBrace, .endOfFile:
                break
            default:
                throw fail(SyntaxDiagnostic.expectedEndOfLine(
                    .error, "expected end of line after \(what())", at: current.range,
                    hint: "put each statement on its own line, or separate them with ';'"))
            }
        }
    }
}
