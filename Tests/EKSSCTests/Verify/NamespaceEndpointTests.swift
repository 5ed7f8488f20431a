import Testing
@testable import EKSSC

/// Flows from and to whole namespaces (`namespace X`, `X/*`): lowered to namespace selectors and
/// a `namespace-flows` policy, and verified like every other flow.
@Suite struct NamespaceEndpointTests {
    static let source = SourceFile(path: "namespaces.sec", text: """
        cluster demo {
          account "123456789012"
          region  "us-west-2"
          oidc    "https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLE"
        }
        namespace monitoring
        namespace payments
        namespace batch
        tier api in payments
        tier scraper in monitoring { ingress none }
        tier jobs in batch { ingress none }
        app scraper in monitoring { tier scraper }
        app worker in batch { tier jobs }
        flow namespace monitoring -> payments/api on tcp/9090
        flow jobs -> payments/* on tcp/8080
        """)

    static func build() throws -> (model: SecurityModel, files: [OutputFile]) {
        let result = Compiler.build(source)
        #expect(!result.diagnostics.hasErrors, "\(DiagnosticRenderer().render(result.diagnostics, in: source))")
        return (try #require(result.model), try OutputLayout.files(for: try #require(result.artifacts)))
    }

    @Test func lowersToNamespaceSelectorsAndVerifies() throws {
        let (model, files) = try Self.build()
        #expect(model.flows.map(\.destination).contains(.namespace("payments")))
        let paths = files.map(\.path)
        #expect(paths.contains("kubernetes/monitoring/networkpolicy-namespace-flows.yaml"))
        #expect(paths.contains("kubernetes/payments/networkpolicy-namespace-flows.yaml"))
        let monitoring = try #require(files.first { $0.path == "kubernetes/monitoring/networkpolicy-namespace-flows.yaml" })
        #expect(monitoring.contents.contains("""
              egress:
              - to:
                - namespaceSelector:
                    matchLabels:
                      kubernetes.io/metadata.name: payments
                  podSelector:
                    matchLabels:
                      app: api
            """))
        let report = try Verifier.verify(model: model, files: files)
        #expect(report.findings.map(\.counterexample) == [])
        #expect(report.allowedConnections["monitoring"]?.contains("monitoring/(unlabelled pod) -> payments/api: TCP 9090") == true)
        #expect(report.allowedConnections["batch"]?.contains("batch/jobs -> payments/(unlabelled pod): TCP 8080") == true)
    }

    @Test func droppedNamespacePolicyIsFound() throws {
        let (model, files) = try Self.build()
        let report = try Verifier.verify(model: model, files: files.filter {
            $0.path != "kubernetes/payments/networkpolicy-namespace-flows.yaml"
        })
        #expect(report.findings.map(\.counterexample) == [
            "batch/jobs -> payments/(unlabelled pod) TCP 8080 is declared but not allowed",
        ])
    }

    @Test func undeclaredNamespaceIsAnError() {
        let result = Compiler.check(SourceFile(path: "x.sec", text: """
            cluster demo {
              account "123456789012"
              region  "us-west-2"
              oidc    "https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLE"
            }
            namespace shop
            tier web in shop
            flow namespace monitoring -> web on tcp/80
            flow web -> nowhere/* on tcp/80
            """))
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.message) == [
            "undefined namespace 'monitoring'", "undefined namespace 'nowhere'",
        ])
    }
}

/// `namespaces where KEY = VALUE`: a namespace selector alone on the tier's side, the flow on
/// every declared namespace with the labels.
@Suite struct LabelledNamespacesTests {
    static let source = SourceFile(path: "labelled.sec", text: """
        cluster demo {
          account "123456789012"
          region  "us-west-2"
          oidc    "https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLE"
        }
        namespace payments { label team = payments }
        namespace ledger { label team = payments }
        namespace shop { label team = shop }
        tier api in payments
        tier web in shop
        tier books in ledger { ingress none }
        flow namespaces where team = payments -> shop/web on tcp/443
        """)

    @Test func lowersAndVerifies() throws {
        let result = Compiler.build(Self.source)
        #expect(!result.diagnostics.hasErrors, "\(DiagnosticRenderer().render(result.diagnostics, in: Self.source))")
        let model = try #require(result.model)
        let files = try OutputLayout.files(for: try #require(result.artifacts))
        let web = try #require(files.first { $0.path == "kubernetes/shop/networkpolicy-web-policy.yaml" }).contents
        #expect(web.contains("  - from:\n    - namespaceSelector:\n        matchLabels:\n          team: payments\n    ports:\n"))
        let paths = files.map(\.path)
        #expect(paths.contains("kubernetes/payments/networkpolicy-namespace-flows.yaml"))
        #expect(paths.contains("kubernetes/ledger/networkpolicy-namespace-flows.yaml"))
        #expect(!paths.contains("kubernetes/shop/networkpolicy-namespace-flows.yaml"))
        let report = try Verifier.verify(model: model, files: files)
        #expect(report.findings.map(\.counterexample) == [])
        #expect(report.allowedConnections["ledger"]?.contains("ledger/books -> shop/web: TCP 443") == true)
        #expect(report.allowedConnections["payments"]?.contains("payments/(unlabelled pod) -> shop/web: TCP 443") == true)
    }

    @Test func wrongNamespaceSelectorIsFound() throws {
        let result = Compiler.build(Self.source)
        let model = try #require(result.model)
        var files = try OutputLayout.files(for: try #require(result.artifacts))
        // The web policy now admits team=shop namespaces instead of team=payments.
        let index = try #require(files.firstIndex { $0.path == "kubernetes/shop/networkpolicy-web-policy.yaml" })
        files[index].contents = files[index].contents.replacingOccurrences(of: "team: payments", with: "team: shop")
        let found = try Verifier.verify(model: model, files: files).findings.map(\.counterexample)
        #expect(found.contains("payments/api -> shop/web TCP 443 is declared but not allowed"))
        #expect(found.contains("ledger/books -> shop/web TCP 443 is declared but not allowed"))
    }
}
