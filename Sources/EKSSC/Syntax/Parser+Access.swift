/// Secret stores, RBAC roles, IAM mappings and node roles.
extension Parser.State {
    static let storeSettings = [
        "provider", "region", "serviceaccount", "iam-role", "kms", "namespaces", "namespace-selector",
    ]
    static let roleSettings = ["allow", "bind", "aggregate-to", "aggregate"]
    static let subjectKinds = ["user", "group", "serviceaccount"]
    static let mappingSettings = ["username", "groups", "bind", "access-policy"]

    /// `secret-store = "secretstore" , name , "in" , name , "{" ... "}"` and
    /// `cluster-secret-store = "clustersecretstore" , name , "{" ... "}"`
    mutating func parseSecretStore() throws(Parser.Recovery) -> SecretStoreDecl {
        let keyword = take()
        let clusterWide = keyword.text == "clustersecretstore"
        use(clusterWide ? .clusterSecretStore : .secretStore)
        let name = try expectName(after: "'\(keyword.text)'")
        let namespace = clusterWide ? nil : try expectNamespace(after: "secret store")
        let block = try parseBlock(keyword.text) { state throws(Parser.Recovery) in
            try state.parseStoreSetting(in: keyword.text)
        }
        return SecretStoreDecl(name: name, namespace: namespace, settings: block.settings,
                               range: range(from: keyword.range.start))
    }

    /// `store-setting`
    mutating func parseStoreSetting(in blockName: String) throws(Parser.Recovery) -> SecretStoreSetting {
        let keyword = current.kind == .word ? current.text : ""
        let after = "'\(keyword)'"
        let setting: SecretStoreSetting
        switch keyword {
        case "provider": advance(); setting = .provider(try expectWord(after: after))
        case "region": advance(); setting = .region(try expectString(after: after))
        case "serviceaccount":
            advance()
            let name = try expectName(after: after)
            let namespace = takeWord("in") ? try expectName("a namespace name", after: "'in'") : nil
            setting = .serviceAccount(name, namespace: namespace)
        case "iam-role": advance(); setting = .iamRole(try expectName(after: after))
        case "kms": advance(); setting = .kms(try stringList(after: after))
        case "namespaces":
            advance()
            setting = .namespaces(try list(after: after) { state, previous throws(Parser.Recovery) in
                try state.expectName("a namespace name", after: previous)
            })
        case "namespace-selector":
            advance()
            setting = .namespaceSelector(try list(after: after) { state, previous throws(Parser.Recovery) in
                try state.parseLabel(after: previous)
            })
        default: throw unknownSetting(in: blockName, among: Self.storeSettings)
        }
        use(.storeSetting)
        return setting
    }

    /// `role = "role" , name , "in" , name , "{" ... "}"` and `cluster-role = "clusterrole" , name , "{" ... "}"`
    mutating func parseRole() throws(Parser.Recovery) -> RoleDecl {
        let keyword = take()
        let clusterRole = keyword.text == "clusterrole"
        use(clusterRole ? .clusterRole : .role)
        let name = try expectName(after: "'\(keyword.text)'")
        let namespace = clusterRole ? nil : try expectNamespace(after: "role")
        let uses = try parseUses()
        let settings = try parseBlockAfterUses(uses, keyword.text) { state throws(Parser.Recovery) in
            try state.parseRoleSetting(in: keyword.text)
        }
        return RoleDecl(name: name, namespace: namespace, settings: settings,
                        range: range(from: keyword.range.start), uses: uses)
    }

    /// `role-setting`
    mutating func parseRoleSetting(in blockName: String) throws(Parser.Recovery) -> RoleSetting {
        let setting: RoleSetting
        if takeWord("allow") {
            use(.verbList)
            let verbs = try list(after: "'allow'") { state, previous throws(Parser.Recovery) in
                try state.parseVerb(after: previous)
            }
            try expectKeyword("on", "after the verbs")
            use(.resourceList)
            let resources = try list(after: "'on'") { state, previous throws(Parser.Recovery) in
                try state.parseResource(after: previous)
            }
            let names = takeWord("named") ? try stringList(after: "'named'") : []
            setting = .rule(RuleSyntax(verbs: verbs, resources: resources, resourceNames: names))
        } else if takeWord("bind") {
            let subject = try parseSubject()
            let namespace = takeWord("in") ? try expectName("a namespace name", after: "'in'") : nil
            setting = .bind(subject, namespace: namespace)
        } else if takeWord("aggregate-to") {
            setting = .aggregateTo(try list(after: "'aggregate-to'") { state, previous throws(Parser.Recovery) in
                try state.expectName("a clusterrole name", after: previous)
            })
        } else if takeWord("aggregate") {
            setting = .aggregate(try list(after: "'aggregate'") { state, previous throws(Parser.Recovery) in
                try state.parseLabel(after: previous)
            })
        } else {
            throw unknownSetting(in: blockName, among: Self.roleSettings)
        }
        use(.roleSetting)
        return setting
    }

    /// `verb = word | "*"`
    mutating func parseVerb(after previous: String) throws(Parser.Recovery) -> Name {
        use(.verb)
        guard current.kind == .word || current.kind == .star else {
            throw fail(SyntaxDiagnostic.expectedVerb(.error, "expected a verb or '*' after \(previous)",
                                                     at: current.range))
        }
        let token = take()
        return Name(token.kind == .star ? "*" : token.text, at: token.range)
    }

    /// `resource = word , [ "/" , word ] | "*" | string`; kept as written (`pods/log`).
    mutating func parseResource(after previous: String) throws(Parser.Recovery) -> Name {
        use(.resource)
        switch current.kind {
        case .star:
            return Name("*", at: take().range)
        case .string:
            return located(take())
        case .word:
            let first = located(take())
            guard take(.slash) else { return first }
            let sub = try expectWord(after: "'/'")
            return Name(first.value + "/" + sub.value, at: first.range.union(sub.range))
        default:
            throw fail(SyntaxDiagnostic.expectedResource(.error, "expected a resource, '*' or a string after \(previous)",
                                                         at: current.range))
        }
    }

    /// `subject = "user" , value | "group" , value | "serviceaccount" , name , [ "/" , name ]`
    mutating func parseSubject() throws(Parser.Recovery) -> SubjectSyntax {
        use(.subject)
        let kind = current.kind == .word ? current.text : ""
        guard Self.subjectKinds.contains(kind) else {
            throw fail(SyntaxDiagnostic.expectedSubject(
                .error, "expected 'user', 'group' or 'serviceaccount' after 'bind'", at: current.range,
                hint: current.kind == .word ? Suggestion.didYouMean(current.text, among: Self.subjectKinds) : nil))
        }
        let kindName = located(take())
        if kind != "serviceaccount" {
            let name = try expectValue(after: "'\(kind)'")
            return SubjectSyntax(kind: kindName, namespace: nil, name: name, range: kindName.range.union(name.range))
        }
        let first = try expectName("a service account name", after: "'serviceaccount'")
        guard take(.slash) else {
            return SubjectSyntax(kind: kindName, namespace: nil, name: first, range: kindName.range.union(first.range))
        }
        let second = try expectName("a service account name", after: "'/'")
        return SubjectSyntax(kind: kindName, namespace: first, name: second, range: kindName.range.union(second.range))
    }

    /// `user-mapping = "user" , name , string , [ "{" ... "}" ]` and
    /// `role-mapping = "iam-role" , name , string , [ "{" ... "}" ]`
    mutating func parseMapping() throws(Parser.Recovery) -> MappingDecl {
        let keyword = take()
        let kind: MappingKind = keyword.text == "user" ? .user : .role
        use(kind == .user ? .userMapping : .roleMapping)
        let name = try expectName(after: "'\(keyword.text)'")
        let arn = try expectString(after: "\(keyword.text) name")
        var settings: [Located<MappingSetting>] = []
        if current.kind == .openBrace {
            settings = try parseBlock(keyword.text) { state throws(Parser.Recovery) in
                try state.parseMappingSetting(in: keyword.text)
            }.settings
        }
        return MappingDecl(kind: kind, name: name, arn: arn, settings: settings, range: range(from: keyword.range.start))
    }

    /// `mapping-setting`
    mutating func parseMappingSetting(in blockName: String) throws(Parser.Recovery) -> MappingSetting {
        let keyword = current.kind == .word ? current.text : ""
        let setting: MappingSetting
        switch keyword {
        case "username":
            advance()
            setting = .username(try expectValue(after: "'username'"))
        case "groups":
            advance()
            setting = .groups(try list(after: "'groups'") { state, previous throws(Parser.Recovery) in
                try state.expectValue(after: previous)
            })
        case "bind":
            advance()
            let role = try expectName("a role name", after: "'bind'")
            let namespace = takeWord("in") ? try expectName("a namespace name", after: "'in'") : nil
            setting = .bind(role: role, namespace: namespace)
        case "access-policy":
            advance()
            let policy = try expectWord(after: "'access-policy'")
            var namespaces: [Name] = []
            if takeWord("in") {
                namespaces = try list(after: "'in'") { state, previous throws(Parser.Recovery) in
                    try state.expectName("a namespace name", after: previous)
                }
            }
            setting = .accessPolicy(policy, namespaces: namespaces)
        default:
            throw unknownSetting(in: blockName, among: Self.mappingSettings)
        }
        use(.mappingSetting)
        return setting
    }

    /// `nodes = "nodes" , string-list`
    mutating func parseNodes() throws(Parser.Recovery) -> NodesDecl {
        use(.nodes)
        let start = takeStart()
        let roles = try stringList(after: "'nodes'")
        return NodesDecl(roles: roles, range: range(from: start))
    }
}
