/// `cluster`, `namespace`, `tier` and `flow` declarations.
extension Parser.State {
    static let clusterSettings = [
        "account", "region", "oidc", "oidc-provider", "secrets-encryption", "logging", "endpoint", "public-access", "authentication",
        "monitoring", "require-boundary", "aws-endpoints", "ip-family",
    ]
    static let monitoringSettings = ["trail", "flow-logs"]
    static let namespaceSettings = ["pod-security", "label", "isolation"]
    static let tierSettings = ["select", "dns", "aws", "ingress", "match"]

    /// `cluster = "cluster" , name , "{" , { end | cluster-setting } , "}"`
    mutating func parseCluster() throws(Parser.Recovery) -> ClusterDecl {
        use(.cluster)
        let start = takeStart()
        let name = try expectName(after: "'cluster'")
        let block = try parseBlock("cluster") { state throws(Parser.Recovery) in try state.parseClusterSetting() }
        return ClusterDecl(name: name, settings: block.settings, range: range(from: start))
    }

    /// `cluster-setting`
    mutating func parseClusterSetting() throws(Parser.Recovery) -> ClusterSetting {
        let keyword = current.text
        let after = "'\(keyword)'"
        let setting: ClusterSetting
        switch current.kind == .word ? keyword : "" {
        case "account": advance(); setting = .account(try expectString(after: after))
        case "region": advance(); setting = .region(try expectString(after: after))
        case "oidc": advance(); setting = .oidc(try expectString(after: after))
        case "oidc-provider": advance(); setting = .oidcProvider(try expectWord(after: after))
        case "secrets-encryption": advance(); setting = .secretsEncryption(try expectString(after: after))
        case "logging": advance(); setting = .logging(try wordList(after: after))
        case "endpoint": advance(); setting = .endpoint(try expectWord(after: after))
        case "public-access": advance(); setting = .publicAccess(try stringList(after: after))
        case "authentication": advance(); setting = .authentication(try expectWord(after: after))
        case "monitoring":
            advance()
            setting = .monitoring(try parseBlock("monitoring") { state throws(Parser.Recovery) in
                try state.parseMonitoringSetting()
            }.settings)
        case "require-boundary": advance(); setting = .requireBoundary
        case "aws-endpoints":
            advance()
            let kind = try expectWord(after: after)
            let cidrs = current.kind == .string ? try stringList(after: "'\(kind.value)'") : []
            setting = .awsEndpoints(kind, cidrs: cidrs)
        case "ip-family": advance(); setting = .ipFamily(try expectWord(after: after))
        default: throw unknownSetting(in: "cluster", among: Self.clusterSettings)
        }
        use(.clusterSetting)
        return setting
    }

    /// `monitoring-setting`
    mutating func parseMonitoringSetting() throws(Parser.Recovery) -> MonitoringSetting {
        let setting: MonitoringSetting
        if takeWord("trail") {
            let name = try expectName("a trail name", after: "'trail'")
            try expectKeyword("bucket", "after the trail name")
            let bucket = try expectString(after: "'bucket'")
            let key = takeWord("kms") ? try expectString(after: "'kms'") : nil
            setting = .trail(name: name, bucket: bucket, kmsKey: key)
        } else if takeWord("flow-logs") {
            let vpc = try expectString(after: "'flow-logs'")
            try expectKeyword("to", "after the VPC id")
            let kind = try expectWord(after: "'to'")
            let destination = try expectString(after: "'\(kind.value)'")
            let retention = takeWord("retention") ? try expectValue(after: "'retention'") : nil
            setting = .flowLogs(vpc: vpc, destinationKind: kind, destination: destination, retentionDays: retention)
        } else {
            throw unknownSetting(in: "monitoring", among: Self.monitoringSettings)
        }
        use(.monitoringSetting)
        return setting
    }

    /// `namespace = "namespace" , name , [ "{" , { end | namespace-setting } , "}" ]`
    mutating func parseNamespace() throws(Parser.Recovery) -> NamespaceDecl {
        use(.namespace)
        let start = takeStart()
        let name = try expectName(after: "'namespace'")
        var settings: [Located<NamespaceSetting>] = []
        if current.kind == .openBrace {
            settings = try parseBlock("namespace") { state throws(Parser.Recovery) in try state.parseNamespaceSetting() }
                .settings
        }
        return NamespaceDecl(name: name, settings: settings, range: range(from: start))
    }

    /// `namespace-setting`
    mutating func parseNamespaceSetting() throws(Parser.Recovery) -> NamespaceSetting {
        let setting: NamespaceSetting
        if takeWord("pod-security") {
            let level = try expectWord(after: "'pod-security'")
            let version = takeWord("version") ? try expectValue(after: "'version'") : nil
            setting = .podSecurity(level: level, version: version)
        } else if takeWord("label") {
            setting = .label(try parseLabel(after: "'label'"))
        } else if takeWord("isolation") {
            setting = .isolation(try expectWord(after: "'isolation'"))
        } else {
            throw unknownSetting(in: "namespace", among: Self.namespaceSettings)
        }
        use(.namespaceSetting)
        return setting
    }

    /// `label = value , "=" , value`
    mutating func parseLabel(after previous: String) throws(Parser.Recovery) -> LabelSyntax {
        use(.label)
        let key = try expectValue(after: previous)
        try expect(.equals, "after label key")
        let value = try expectValue(after: "'='")
        return LabelSyntax(key: key, value: value)
    }

    /// `tier = "tier" , name , "in" , name , [ "{" , { end | tier-setting } , "}" ]`
    mutating func parseTier() throws(Parser.Recovery) -> TierDecl {
        use(.tier)
        let start = takeStart()
        let name = try expectName(after: "'tier'")
        let namespace = try expectNamespace(after: "tier")
        var settings: [Located<TierSetting>] = []
        if current.kind == .openBrace {
            settings = try parseBlock("tier") { state throws(Parser.Recovery) in try state.parseTierSetting() }.settings
        }
        return TierDecl(name: name, namespace: namespace, settings: settings, range: range(from: start))
    }

    /// `tier-setting`
    mutating func parseTierSetting() throws(Parser.Recovery) -> TierSetting {
        let setting: TierSetting
        if takeWord("select") {
            setting = .select(try list(after: "'select'") { state, previous throws(Parser.Recovery) in
                try state.parseLabel(after: previous)
            })
        } else if takeWord("dns") {
            setting = .dns(try expectWord(after: "'dns'"))
        } else if takeWord("aws") {
            setting = .aws(try expectWord(after: "'aws'"))
        } else if takeWord("ingress") {
            setting = .ingress(try expectWord(after: "'ingress'"))
        } else if takeWord("match") {
            let key = try expectValue(after: "'match'")
            let op = try expectWord(after: "the label key")
            let values = op.value == "exists" ? [] : try list(after: "'\(op.value)'") { state, previous throws(Parser.Recovery) in
                try state.expectValue(after: previous)
            }
            setting = .match(key: key, operator: op, values: values)
        } else {
            throw unknownSetting(in: "tier", among: Self.tierSettings)
        }
        use(.tierSetting)
        return setting
    }

    /// `flow = "flow" , endpoint , "->" , endpoint , [ "on" , port , { "," , port } ]`
    mutating func parseFlow() throws(Parser.Recovery) -> FlowDecl {
        use(.flow)
        let start = takeStart()
        let source = try parseEndpoint(after: "'flow'")
        try expect(.arrow, "between flow endpoints")
        let destination = try parseEndpoint(after: "'->'")
        var ports: [PortSyntax] = []
        if takeWord("on") {
            ports = try list(after: "'on'") { state, previous throws(Parser.Recovery) in try state.parsePort(after: previous) }
        }
        if current.kind == .openBrace {
            // A flow's block holds only waivers.
            _ = try parseBlock("flow") { state throws(Parser.Recovery) -> Never in
                throw state.unknownSetting(in: "flow", among: ["waive"])
            }
        }
        return FlowDecl(source: source, destination: destination, ports: ports, range: range(from: start))
    }

    /// `endpoint = tier-ref | "cidr" , string , [ "except" , string-list ]`
    mutating func parseEndpoint(after previous: String) throws(Parser.Recovery) -> FlowEndpointSyntax {
        use(.endpoint)
        if current.isWord("cidr"), next.kind == .string {
            let start = takeStart()
            let cidr = try expectString(after: "'cidr'")
            let except = takeWord("except") ? try stringList(after: "'except'") : []
            return .cidr(cidr, except: except, range: range(from: start))
        }
        if current.isWord("namespaces"), next.isWord("where") {
            let start = takeStart()
            advance()
            let labels = try list(after: "'where'") { state, previous throws(Parser.Recovery) in
                try state.parseLabel(after: previous)
            }
            return .namespacesWhere(labels, range: range(from: start))
        }
        if current.isWord("namespace"), next.kind == .word {
            let start = takeStart()
            let name = try expectName("a namespace name", after: "'namespace'")
            return .namespace(name, range: range(from: start))
        }
        guard current.kind == .word else {
            throw fail(SyntaxDiagnostic.expectedEndpoint(
                .error, "expected a tier or 'cidr \"…\"' after \(previous)", at: current.range))
        }
        // `tier-ref`, or `NAMESPACE/*` for every pod of the namespace.
        use(.tierRef)
        let first = try expectName("a tier name", after: previous)
        guard take(.slash) else { return .tier(TierReference(namespace: nil, name: first, range: first.range)) }
        if current.kind == .star {
            let star = take()
            return .namespace(first, range: first.range.union(star.range))
        }
        let second = try expectName("a tier name", after: "'/'")
        return .tier(TierReference(namespace: first, name: second, range: first.range.union(second.range)))
    }

    /// `tier-ref = name , [ "/" , name ]`
    mutating func parseTierReference(after previous: String) throws(Parser.Recovery) -> TierReference {
        use(.tierRef)
        let first = try expectName("a tier name", after: previous)
        guard take(.slash) else { return TierReference(namespace: nil, name: first, range: first.range) }
        let second = try expectName("a tier name", after: "'/'")
        return TierReference(namespace: first, name: second, range: first.range.union(second.range))
    }

    /// `port = word , [ "/" , word ]`
    mutating func parsePort(after previous: String) throws(Parser.Recovery) -> PortSyntax {
        use(.port)
        guard current.kind == .word else {
            throw fail(SyntaxDiagnostic.expectedPort(
                .error, "expected a port such as 'tcp/443' after \(previous)", at: current.range))
        }
        let proto = located(take())
        guard take(.slash) else { return PortSyntax(protocol: proto, port: nil, range: proto.range) }
        let port = try expectWord(after: "'/'")
        return PortSyntax(protocol: proto, port: port, range: proto.range.union(port.range))
    }
}
