import Testing
@testable import EKSSC

/// `match KEY in|notin V, ...` and `match KEY exists` in a tier: `matchExpressions` in the
/// tier's policy and in every peer that names the tier, verified.
@Suite struct TierMatchTests {
    static let source = SourceFile(path: "match.sec", text: """
        cluster demo {
          account "123456789012"
          region  "us-west-2"
          oidc    "https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLE"
        }
        namespace data
        tier db in data {
          select "app.kubernetes.io/name" = postgres
          match role in primary, replica
          match track notin canary
        }
        tier app in data { match version exists }
        flow app -> db on tcp/5432
        """)

    static func build() throws -> (model: SecurityModel, files: [OutputFile]) {
        let result = Compiler.build(source)
        #expect(!result.diagnostics.hasErrors, "\(DiagnosticRenderer().render(result.diagnostics, in: source))")
        return (try #require(result.model), try OutputLayout.files(for: try #require(result.artifacts)))
    }

    @Test func emitsMatchExpressionsAndVerifies() throws {
        let (model, files) = try Self.build()
        let db = try #require(files.first { $0.path == "kubernetes/data/networkpolicy-db-policy.yaml" }).contents
        #expect(db.contains("""
              podSelector:
                matchLabels:
                  app.kubernetes.io/name: postgres
                matchExpressions:
                - key: role
                  operator: In
                  values:
                  - primary
                  - replica
                - key: track
                  operator: NotIn
                  values:
                  - canary
            """))
        #expect(db.contains("""
                - podSelector:
                    matchLabels:
                      app: app
                    matchExpressions:
                    - key: version
                      operator: Exists
            """))
        #expect(try Verifier.verify(model: model, files: files).findings.map(\.counterexample) == [])
    }

    @Test func changedExpressionIsFound() throws {
        let (model, files) = try Self.build()
        var mutated = files
        let index = try #require(files.firstIndex { $0.path == "kubernetes/data/networkpolicy-app-policy.yaml" })
        mutated[index].contents = files[index].contents.replacingOccurrences(of: "  - primary\n", with: "  - standby\n")
        let found = try Verifier.verify(model: model, files: mutated).findings.map(\.counterexample)
        #expect(found == ["data/app -> data/db TCP 5432 is declared but not allowed"])
    }

    @Test func unknownOperatorIsAnError() {
        let result = Compiler.check(SourceFile(path: "x.sec", text: """
            cluster demo {
              account "123456789012"
              region  "us-west-2"
              oidc    "https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLE"
            }
            namespace data
            tier db in data { match role within primary }
            """))
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.message) == [
            "unknown match operator 'within': expected in, notin or exists",
        ])
    }
}
