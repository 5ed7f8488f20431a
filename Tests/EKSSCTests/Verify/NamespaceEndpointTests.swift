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
