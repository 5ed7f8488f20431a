/// The pieces every declaration uses: blocks of settings, names, values and lists.
extension Parser.State {
    /// `"{" , { end | setting } , "}"`: the settings of a block, each with its range, and the end
    /// of the block. A setting with an error is skipped; a block left open at the end of the file
    /// is reported at the end of the file with a note at its `{`.
    mutating func parseBlock<Setting>(
        _ blockName: String, _ parseSetting: (inout Parser.State) throws(Parser.Recovery) -> Setting
    ) throws(Parser.Recovery) -> (settings: [Located<Setting>], end: Int) {
        let open = current
        guard take(.openBrace) else {
            throw fail(SyntaxDiagnostic.expectedToken(.error, "expected '{' to open the \(blockName) block",
                                                      at: current.range))
        }
        var settings: [Located<Setting>] = []
        settings.reserveCapacity(4)
        while true {
            switch current.kind {
            case .newline, .semicolon:
                use(.end)
                advance()
            case .closeBrace:
                advance()
                return (settings, lastEnd)
            case .endOfFile:
                report(SyntaxDiagnostic.unclosedBlock(
                    .error, "expected '}' to close '\(blockName)' block", at: current.range,
                    notes: [DiagnosticNote("block opened here", at: open.range)]))
                return (settings, lastEnd)
            // `waive <- "key"` in a secret block is a secret key named waive.
            case .word where current.text == "waive" && next.kind != .backArrow:
                do {
                    try parseWaiver()
                    try expectEndOfStatement(after: "'waive' statement")
                } catch {
                    skipStatement()
                }
            default:
                let first = (kind: current.kind, range: current.range)
                let start = first.range.start
                do {
                    let setting = try parseSetting(&self)
                    settings.append(Located(setting, at: SourceRange(start: start, end: max(start, lastEnd))))
                    // The setting's keyword is read back from the source only for a message.
                    let keyword = atEndOfStatement ? "" : first.kind == .word ? file.text(of: first.range) : first.kind.spelling
                    try expectEndOfStatement(after: "'\(keyword)' setting")
                } catch {
                    skipStatement()
                }
            }
        }
    }

    /// `waiver = "waive" , word , [ string ]`: recorded in `waivers`; its scope is set once the
    /// enclosing declaration is complete.
    mutating func parseWaiver() throws(Parser.Recovery) {
        use(.waiver)
        let start = takeStart()
        guard current.kind == .word else {
            throw fail(SyntaxDiagnostic.expectedWord(
                .error, "expected a rule id after 'waive'", at: current.range,
                hint: "write 'waive EKS-RBAC-004 \"the reason\"'; the ids are in docs/rules.md"))
        }
        let rule = located(take())
        let reason = current.kind == .string ? located(take()) : nil
        waivers.append(WaiverSyntax(ruleID: rule, reason: reason, range: range(from: start), scope: .empty(at: start)))
    }

    /// The error for a statement in a block that starts with no known setting keyword.
    mutating func unknownSetting(in blockName: String, among keywords: [String]) -> Parser.Recovery {
        if current.kind == .word {
            let word = current.text
            return fail(SyntaxDiagnostic.unknownSetting(
                .error, "unknown setting '\(word)' in \(blockName)", at: current.range,
                hint: Suggestion.didYouMean(word, among: keywords + ["waive"])
                    ?? (Self.declarationKeywords.contains(word) ? "is a '}' missing before this '\(word)' declaration?" : nil)))
        }
        return fail(SyntaxDiagnostic.expectedSetting(
            .error, "expected a setting in \(blockName), found \(current.quoted)", at: current.range))
    }

    // MARK: - names and values

    /// `name = word`
    mutating func expectName(_ what: String = "a name", after previous: @autoclosure () -> String) throws(Parser.Recovery) -> Name {
        guard current.kind == .word else {
            let hint = current.kind == .string ? "names are written without quotes" : nil
            throw fail(SyntaxDiagnostic.expectedName(.error, "expected \(what) after \(previous())", at: current.range,
                                                     hint: hint))
        }
        use(.name)
        return located(take())
    }

    /// A bare word (a value from a fixed set, a duration, a number).
    mutating func expectWord(after previous: @autoclosure () -> String) throws(Parser.Recovery) -> Name {
        guard current.kind == .word else {
            let hint = current.kind == .string ? "write the value without quotes" : nil
            throw fail(SyntaxDiagnostic.expectedWord(.error, "expected a word after \(previous())", at: current.range,
                                                     hint: hint))
        }
        return located(take())
    }

    /// A quoted string; its value is the decoded text.
    mutating func expectString(after previous: @autoclosure () -> String) throws(Parser.Recovery) -> Name {
        guard current.kind == .string else {
            let hint = current.kind == .word ? "write the value in double quotes: \"\(current.text)\"" : nil
            throw fail(SyntaxDiagnostic.expectedString(.error, "expected a string after \(previous())", at: current.range,
                                                       hint: hint))
        }
        return located(take())
    }

    /// `value = word | string`
    mutating func expectValue(after previous: @autoclosure () -> String) throws(Parser.Recovery) -> Name {
        guard current.kind == .word || current.kind == .string else {
            throw fail(SyntaxDiagnostic.expectedValue(.error, "expected a word or string after \(previous())",
                                                      at: current.range))
        }
        use(.value)
        return located(take())
    }

    /// Consumes the keyword `keyword` or fails with `expected 'keyword' <context>`.
    mutating func expectKeyword(_ keyword: String, _ context: @autoclosure () -> String) throws(Parser.Recovery) {
        guard takeWord(keyword) else {
            throw fail(SyntaxDiagnostic.expectedToken(.error, "expected '\(keyword)' \(context())", at: current.range))
        }
    }

    /// `"in" , name` after a declaration's name: the namespace it lives in.
    mutating func expectNamespace(after what: String) throws(Parser.Recovery) -> Name {
        try expectKeyword("in", "after \(what) name")
        return try expectName("a namespace name", after: "'in'")
    }

    /// Consumes a punctuation token or fails with `expected '<token>' <context>`.
    mutating func expect(_ kind: TokenKind, _ context: String) throws(Parser.Recovery) {
        guard take(kind) else {
            throw fail(SyntaxDiagnostic.expectedToken(.error, "expected '\(kind.spelling)' \(context)",
                                                      at: current.range))
        }
    }

    // MARK: - lists

    /// `word-list = word , { "," , word }`
    mutating func wordList(after previous: @autoclosure () -> String) throws(Parser.Recovery) -> [Name] {
        use(.wordList)
        // As `list`, with the text of `previous` built only for a message.
        var elements = [try expectWord(after: previous())]
        while take(.comma) { elements.append(try expectWord(after: "','")) }
        return elements
    }

    /// `string-list = string , { "," , string }`
    mutating func stringList(after previous: @autoclosure () -> String) throws(Parser.Recovery) -> [Name] {
        use(.stringList)
        var elements = [try expectString(after: previous())]
        while take(.comma) { elements.append(try expectString(after: "','")) }
        return elements
    }

    /// `item , { "," , item }`; `element` gets what precedes the item, for its message.
    mutating func list<Element>(
        after previous: String, _ element: (inout Parser.State, String) throws(Parser.Recovery) -> Element
    ) throws(Parser.Recovery) -> [Element] {
        var elements = [try element(&self, previous)]
        while take(.comma) {
            elements.append(try element(&self, "','"))
        }
        return elements
    }

    /// The token as a name: a word's text or a string's value, with the token's range.
    func located(_ token: Token) -> Name {
        Name(token.text, at: token.range)
    }
}
