/// `owner`: the statement that may open a file and gives it to one team.
extension Parser.State {
    /// The statement at the top of a file (`first`: nothing but blank lines and comments came
    /// before it); anywhere else it is an error, and the statement is skipped.
    mutating func parseOwnerStatement(first: Bool) {
        do {
            guard first, owner == nil else {
                throw fail(SyntaxDiagnostic.ownerNotFirst(
                    .error, "'owner' must be the first statement of a file", at: current.range,
                    hint: "one 'owner' per file, before its declarations; list every namespace it owns there"))
            }
            owner = try parseOwner()
            try expectEndOfStatement(after: "'owner' statement")
        } catch {
            skipStatement()
        }
    }

    /// `owner = "owner" , name , "{" , { end | owner-setting } , "}"`
    mutating func parseOwner() throws(Parser.Recovery) -> OwnerSyntax {
        use(.owner)
        let start = takeStart()
        let name = try expectName("a team name", after: "'owner'")
        let open = current
        try expect(.openBrace, "to open the owner block")
        var namespaces: [Name] = []
        block: while true {
            switch current.kind {
            case .newline, .semicolon:
                use(.end)
                advance()
            case .closeBrace:
                advance()
                break block
            case .endOfFile:
                report(SyntaxDiagnostic.unclosedBlock(
                    .error, "expected '}' to close 'owner' block", at: current.range,
                    notes: [DiagnosticNote("block opened here", at: open.range)]))
                break block
            default:
                do {
                    namespaces += try parseOwnerSetting()
                    try expectEndOfStatement(after: "'namespaces' setting")
                } catch {
                    skipStatement()
                }
            }
        }
        let file = SourceRange(start: file.baseOffset, end: file.endOffset)
        return OwnerSyntax(name: name, namespaces: namespaces, range: range(from: start), file: file)
    }

    /// `owner-setting = "namespaces" , name , { "," , name }`
    mutating func parseOwnerSetting() throws(Parser.Recovery) -> [Name] {
        guard takeWord("namespaces") else {
            if current.kind == .word {
                throw fail(SyntaxDiagnostic.unknownSetting(
                    .error, "unknown setting '\(current.text)' in owner", at: current.range,
                    hint: Suggestion.didYouMean(current.text, among: ["namespaces"])
                        ?? "an owner block lists its namespaces: 'namespaces payments, payments-batch'"))
            }
            throw fail(SyntaxDiagnostic.expectedSetting(
                .error, "expected a setting in owner, found \(current.quoted)", at: current.range))
        }
        use(.ownerSetting)
        return try list(after: "'namespaces'") { state, previous throws(Parser.Recovery) in
            try state.expectName("a namespace name", after: previous)
        }
    }
}
