import Testing
@testable import EKSSC

/// The tree of every declaration form: values as written and the source ranges of nodes.
@Suite struct ParseTreeTests: ParseTreeTesting {
    @Test func cluster() throws {
        let source = """
            cluster prod {
              account "123456789012"; region "us-west-2"
              oidc "https://oidc.example"
              secrets-encryption "arn:k"
              logging api,
                audit
              endpoint private
              public-access "203.0.113.0/24", "198.51.100.0/24"
              authentication api
            }
            """
        let (declarations, file) = parse(source)
        guard case .cluster(let cluster) = try #require(declarations.first) else { throw Failure("not a cluster") }
        #expect(cluster.name.value == "prod")
        #expect(text(cluster.name.range, file) == "prod")
        #expect(cluster.range == SourceRange(start: 0, end: source.utf8.count))
        #expect(cluster.settings.map { text($0.range, file) } == [
            "account \"123456789012\"", "region \"us-west-2\"", "oidc \"https://oidc.example\"",
            "secrets-encryption \"arn:k\"", "logging api,\n    audit", "endpoint private",
            "public-access \"203.0.113.0/24\", \"198.51.100.0/24\"", "authentication api",
        ])
        guard case .account(let account) = cluster.settings[0].value,
              case .region(let region) = cluster.settings[1].value,
              case .oidc(let oidc) = cluster.settings[2].value,
              case .secretsEncryption(let key) = cluster.settings[3].value,
              case .logging(let logging) = cluster.settings[4].value,
              case .endpoint(let endpoint) = cluster.settings[5].value,
              case .publicAccess(let cidrs) = cluster.settings[6].value,
              case .authentication(let authentication) = cluster.settings[7].value
        else { throw Failure("unexpected settings") }
        #expect(account.value == "123456789012")
        #expect(text(account.range, file) == "\"123456789012\"")
        #expect(region.value == "us-west-2")
        #expect(oidc.value == "https://oidc.example")
        #expect(key.value == "arn:k")
        #expect(values(logging) == ["api", "audit"])
        #expect(endpoint.value == "private")
        #expect(values(cidrs) == ["203.0.113.0/24", "198.51.100.0/24"])
        #expect(authentication.value == "api")
    }

    @Test func namespaces() throws {
        let (declarations, file) = parse("namespace tools\nnamespace payments {\n  pod-security baseline version \"v1.30\"\n  label team = \"pay ments\"\n  pod-security restricted\n}\n")
        guard case .namespace(let tools) = declarations[0], case .namespace(let payments) = declarations[1] else {
            throw Failure("not namespaces")
        }
        #expect(tools.name.value == "tools")
        #expect(tools.settings.isEmpty)
        #expect(text(tools.range, file) == "namespace tools")
        guard case .podSecurity(let level, let version) = payments.settings[0].value,
              case .label(let label) = payments.settings[1].value,
              case .podSecurity(let level2, let version2) = payments.settings[2].value
        else { throw Failure("unexpected settings") }
        #expect(level.value == "baseline")
        #expect(version?.value == "v1.30")
        #expect(label.key.value == "team")
        #expect(label.value.value == "pay ments")
        #expect(level2.value == "restricted")
        #expect(version2 == nil)
        #expect(text(payments.settings[1].range, file) == "label team = \"pay ments\"")
    }

    @Test func tiers() throws {
        let (declarations, file) = parse("tier web in payments {\n  select app = web, role = frontend\n  dns off\n}\ntier on in tools\n")
        guard case .tier(let web) = declarations[0], case .tier(let on) = declarations[1] else { throw Failure("not tiers") }
        #expect(web.name.value == "web")
        #expect(web.namespace.value == "payments")
        guard case .select(let labels) = web.settings[0].value, case .dns(let dns) = web.settings[1].value else {
            throw Failure("unexpected settings")
        }
        #expect(labels.map { "\($0.key.value)=\($0.value.value)" } == ["app=web", "role=frontend"])
        #expect(dns.value == "off")
        #expect(on.name.value == "on")
        #expect(on.namespace.value == "tools")
        #expect(text(on.range, file) == "tier on in tools")
    }

    @Test func flows() throws {
        let source = "flow web -> payments/db on tcp/5432, udp/53, tcp/8000-8100, tcp\n"
            + "flow cidr \"0.0.0.0/0\" except \"10.0.0.0/8\", \"172.16.0.0/12\" ->\n  web\nflow cidr->on\n"
        let (declarations, file) = parse(source)
        guard case .flow(let first) = declarations[0], case .flow(let second) = declarations[1],
              case .flow(let third) = declarations[2] else { throw Failure("not flows") }
        guard case .tier(let source1) = first.source, case .tier(let destination1) = first.destination else {
            throw Failure("not tier endpoints")
        }
        #expect(source1.namespace == nil)
        #expect(source1.name.value == "web")
        #expect(destination1.namespace?.value == "payments")
        #expect(destination1.name.value == "db")
        #expect(text(destination1.range, file) == "payments/db")
        #expect(first.ports.map { "\($0.protocol.value) \($0.port?.value ?? "-")" } == [
            "tcp 5432", "udp 53", "tcp 8000-8100", "tcp -",
        ])
        #expect(first.ports.map { text($0.range, file) } == ["tcp/5432", "udp/53", "tcp/8000-8100", "tcp"])
        #expect(text(first.range, file) == "flow web -> payments/db on tcp/5432, udp/53, tcp/8000-8100, tcp")
        guard case .cidr(let cidr, let except, let range) = second.source else { throw Failure("not a cidr") }
        #expect(cidr.value == "0.0.0.0/0")
        #expect(values(except) == ["10.0.0.0/8", "172.16.0.0/12"])
        #expect(text(range, file) == "cidr \"0.0.0.0/0\" except \"10.0.0.0/8\", \"172.16.0.0/12\"")
        #expect(second.ports.isEmpty)
        // `cidr` not followed by a string is a tier named cidr; `->` splits words.
        guard case .tier(let cidrTier) = third.source, case .tier(let onTier) = third.destination else {
            throw Failure("not tier endpoints")
        }
        #expect(cidrTier.name.value == "cidr")
        #expect(onTier.name.value == "on")
    }

    @Test func keywordsAreContextual() throws {
        let (declarations, _) = parse("app in in in {\n  tier tier\n}\nnamespace namespace { label label = label }\n")
        guard case .app(let app) = declarations[0], case .namespace(let namespace) = declarations[1],
              case .tier(let tier) = app.settings.first?.value,
              case .label(let label) = namespace.settings.first?.value
        else { throw Failure("unexpected declarations") }
        #expect([app.name.value, app.namespace.value, tier.name.value] == ["in", "in", "tier"])
        #expect([namespace.name.value, label.key.value, label.value.value] == ["namespace", "label", "label"])
    }

    @Test func rulesUsedNameWhatWasMatched() {
        let (result, _) = SyntaxTestSupport.parse("flow a -> ns/b\n")
        #expect(result.rulesUsed == ["file", "end", "declaration", "flow", "endpoint", "tier-ref", "name"])
    }
}
