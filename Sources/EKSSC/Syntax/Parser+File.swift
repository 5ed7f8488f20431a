/// `file` and `declaration`: the top level of a `.sec` file.
extension Parser.State {
    /// The keywords that start a declaration, for "did you mean" hints.
    static let declarationKeywords = [
        "cluster", "namespace", "tier", "flow", "app", "secretstore", "clustersecretstore", "role",
        "clusterrole", "user", "iam-role", "nodes", "storageclass", "owner",
        "let", "template",
    ]

    /// `file = { end } , [ owner , { end } ] , { declaration , { end } }`
    mutating func parseFile() -> [Declaration] {
        use(.file)
        var declarations: [Declaration] = []
        while current.kind != .endOfFile {
            switch current.kind {
            case .newline, .semicolon:
                use(.end)
                advance()
            case .closeBrace:
                report(lexicalDiagnostic(current)
                    ?? SyntaxDiagnostic.unexpectedCloseBrace(.error, "unexpected '}'", at: current.range,
                                                             hint: "there is no open block to close"))
                advance()
            case .word where current.text == "owner":
                // Nothing but blank lines and comments consumed before it: no token has ended yet.
                parseOwnerStatement(first: lastEnd == file.baseOffset)
            default:
                let keyword = current.text
                let firstWaiver = waivers.count
                let name = next.kind == .word ? next.text : nil
                let start = current.range.start
                let errorsBefore = diagnostics.count
                do {
                    let declaration = try parseDeclaration()
                    for index in firstWaiver..<waivers.count { waivers[index].scope = declaration.range }
                    declarations.append(declaration)
                    try expectEndOfStatement(after: "'\(keyword)' declaration")
                    if diagnostics.count > errorsBefore { damage.incomplete.append(range(from: start)) }
                } catch {
                    if declarations.last.map({ $0.range.start == start }) == true {
                        // Parsed, then junk before the end of the statement: the declaration stands.
                        damage.incomplete.append(range(from: start))
                    } else {
                        damage.recordBroken(keyword: keyword, name: name)
                    }
                    skipStatement()
                }
            }
        }
        return declarations
    }

    /// `declaration = cluster | namespace | tier | flow | app | ...`
    mutating func parseDeclaration() throws(Parser.Recovery) -> Declaration {
        guard current.kind == .word else {
            throw fail(SyntaxDiagnostic.expectedDeclaration(
                .error, "expected a declaration, found \(current.quoted)", at: current.range))
        }
        let keyword = current
        let declaration: Declaration
        switch keyword.text {
        case "cluster": declaration = .cluster(try parseCluster())
        case "namespace": declaration = .namespace(try parseNamespace())
        case "tier": declaration = .tier(try parseTier())
        case "flow": declaration = .flow(try parseFlow())
        case "app": declaration = .app(try parseApp())
        case "secretstore", "clustersecretstore": declaration = .secretStore(try parseSecretStore())
        case "role", "clusterrole": declaration = .role(try parseRole())
        case "user", "iam-role": declaration = .mapping(try parseMapping())
        case "nodes": declaration = .nodes(try parseNodes())
        case "storageclass": declaration = .storageClass(try parseStorageClass())
        case "let": declaration = .constant(try parseLet())
        case "template": declaration = .template(try parseTemplate())
        default:
            throw fail(SyntaxDiagnostic.unknownDeclaration(
                .error, "unknown declaration '\(keyword.text)'", at: keyword.range,
                hint: Suggestion.didYouMean(keyword.text, among: Self.declarationKeywords)
                    ?? Self.blocksHavingSetting(keyword.text).map { "'\(keyword.text)' is a setting of \($0) blocks" }))
        }
        use(.declaration)
        return declaration
    }

    /// The blocks (`cluster or storageclass`) that have a setting named `word`, nil if none has.
    static func blocksHavingSetting(_ word: String) -> String? {
        let blocks: [(String, [String])] = [
            ("cluster", clusterSettings), ("namespace", namespaceSettings), ("tier", tierSettings),
            ("app", appSettings), ("iam-role", iamRoleSettings), ("secret", secretSettings),
            ("secretstore", storeSettings), ("role", roleSettings), ("user", mappingSettings),
            ("storageclass", storageSettings),
        ]
        let names = blocks.filter { $0.1.contains(word) }.map { "'\($0.0)'" }
        guard let last = names.last else { return nil }
        return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " or " + last
    }

    /// The range from `start` to the end of the last consumed token.
    func range(from start: Int) -> SourceRange {
        SourceRange(start: start, end: max(start, lastEnd))
    }
}
