/// `app` declarations with their `iam-role` and `secret` blocks.
extension Parser.State {
    static let appSettings = ["serviceaccount", "tier", "identity", "iam-role", "security-groups", "secret"]
    static let iamRoleSettings = ["managed", "allow", "deny", "boundary"]
    static let secretSettings = ["refresh", "extract"]

    /// `app = "app" , name , "in" , name , ( uses , [ block ] | block )`
    mutating func parseApp() throws(Parser.Recovery) -> AppDecl {
        use(.app)
        let start = takeStart()
        let name = try expectName(after: "'app'")
        let namespace = try expectNamespace(after: "app")
        let uses = try parseUses()
        let settings = try parseBlockAfterUses(uses, "app") { state throws(Parser.Recovery) in try state.parseAppSetting() }
        return AppDecl(name: name, namespace: namespace, settings: settings, range: range(from: start), uses: uses)
    }

    /// `app-setting`
    mutating func parseAppSetting() throws(Parser.Recovery) -> AppSetting {
        let keyword = current.kind == .word ? current.text : ""
        // Literal texts for the messages: nothing is built for a setting without an error.
        let setting: AppSetting
        switch keyword {
        case "serviceaccount": advance(); setting = .serviceAccount(try expectValue(after: "'serviceaccount'"))
        case "tier": advance(); setting = .tier(try parseTierReference(after: "'tier'"))
        case "identity": advance(); setting = .identity(try expectWord(after: "'identity'"))
        case "iam-role": setting = .iamRole(try parseIAMRole())
        case "security-groups": advance(); setting = .securityGroups(try stringList(after: "'security-groups'"))
        case "secret": setting = .secret(try parseSecret())
        default: throw unknownSetting(in: "app", among: Self.appSettings)
        }
        use(.appSetting)
        return setting
    }

    /// `"iam-role" , [ name ] , "{" , { end | iam-role-setting } , "}"`
    mutating func parseIAMRole() throws(Parser.Recovery) -> IAMRoleSyntax {
        let start = takeStart()
        let name = current.kind == .word ? try expectName(after: "'iam-role'") : nil
        let block = try parseBlock("iam-role") { state throws(Parser.Recovery) in try state.parseIAMRoleSetting() }
        return IAMRoleSyntax(name: name, settings: block.settings, range: range(from: start))
    }

    /// `iam-role-setting`
    mutating func parseIAMRoleSetting() throws(Parser.Recovery) -> IAMRoleSetting {
        let keyword = current.kind == .word ? current.text : ""
        let setting: IAMRoleSetting
        switch keyword {
        case "managed":
            advance()
            setting = .managed(try stringList(after: "'managed'"))
        case "allow", "deny":
            let effect = located(take())
            let actions = try stringList(after: "'\(keyword)'")
            try expectKeyword("on", "after the actions")
            let resources = try stringList(after: "'on'")
            var conditions: [PolicyConditionSyntax] = []
            while current.isWord("when") {
                conditions.append(try parseCondition())
            }
            setting = .statement(PolicyStatementSyntax(effect: effect, actions: actions, resources: resources,
                                                       conditions: conditions))
        case "boundary":
            advance()
            setting = .boundary(try expectString(after: "'boundary'"))
        default:
            throw unknownSetting(in: "iam-role", among: Self.iamRoleSettings)
        }
        use(.iamRoleSetting)
        return setting
    }

    /// `condition = "when" , word , string , "=" , string-list`
    mutating func parseCondition() throws(Parser.Recovery) -> PolicyConditionSyntax {
        use(.condition)
        let start = takeStart()
        let op = try expectWord(after: "'when'")
        let key = try expectString(after: "the condition operator")
        try expect(.equals, "after the condition key")
        let values = try stringList(after: "'='")
        return PolicyConditionSyntax(operator: op, key: key, values: values, range: range(from: start))
    }

    /// `"secret" , name , "from" , name , "{" , { end | secret-setting } , "}"`
    mutating func parseSecret() throws(Parser.Recovery) -> SecretSyntax {
        let start = takeStart()
        let name = try expectName(after: "'secret'")
        try expectKeyword("from", "after secret name")
        let store = try expectName("a secret store name", after: "'from'")
        let block = try parseBlock("secret") { state throws(Parser.Recovery) in try state.parseSecretSetting() }
        return SecretSyntax(name: name, store: store, settings: block.settings, range: range(from: start))
    }

    /// `secret-setting`; a key may be any value, keywords included, when `<-` follows it.
    mutating func parseSecretSetting() throws(Parser.Recovery) -> SecretSetting {
        let setting: SecretSetting
        if (current.kind == .word || current.kind == .string), next.kind == .backArrow {
            let key = try expectValue(after: "the secret")
            advance()
            let remoteKey = try expectString(after: "'<-'")
            let property = takeWord("property") ? try expectValue(after: "'property'") : nil
            let version = takeWord("version") ? try expectString(after: "'version'") : nil
            setting = .data(key: key, remoteKey: remoteKey, property: property, version: version)
        } else if takeWord("refresh") {
            setting = .refresh(try expectWord(after: "'refresh'"))
        } else if takeWord("extract") {
            // `prefix` is a keyword only when a string follows (a remote key is always a string).
            if current.kind == .word, current.text == "prefix", next.kind == .string {
                advance()
                setting = .extractPrefix(try expectString(after: "'prefix'"))
            } else {
                setting = .extract(try expectString(after: "'extract'"))
            }
        } else if current.kind == .word || current.kind == .string, next.kind != .newline, next.kind != .endOfFile {
            throw unknownSecretSetting()
        } else {
            throw unknownSetting(in: "secret", among: Self.secretSettings)
        }
        use(.secretSetting)
        return setting
    }

    /// A statement in a secret block that is neither `refresh`, `extract` nor `KEY <- "remote"`.
    private mutating func unknownSecretSetting() -> Parser.Recovery {
        if current.kind == .word, let hint = Suggestion.didYouMean(current.text, among: Self.secretSettings) {
            return fail(SyntaxDiagnostic.unknownSetting(
                .error, "unknown setting '\(current.text)' in secret", at: current.range, hint: hint))
        }
        advance()
        return fail(SyntaxDiagnostic.expectedToken(
            .error, "expected '<-' after secret key", at: current.range,
            hint: "a secret key is written KEY <- \"remote/key\""))
    }
}
