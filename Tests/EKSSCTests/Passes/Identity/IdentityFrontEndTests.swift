import Testing
@testable import EKSSC

/// The identity passes on models built by the real front end from `.sec` text.
@Suite struct IdentityFrontEndTests {
    static let guideSource = """
        cluster my-cluster {
          account "123456789012"
          region "us-west-2"
          oidc "https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E"
        }

        namespace default

        app my-app in default {
          serviceaccount my-service-account
          iam-role my-app-role {
            managed "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"
          }
        }
        """

    static func model(_ text: String) throws -> SecurityModel {
        let file = SourceFile(path: "test.sec", text: text)
        let parsed = Parser.parse(file)
        let analysis = SemanticAnalyzer.analyze(parsed.syntax)
        let diagnostics = parsed.diagnostics + analysis.diagnostics
        #expect(diagnostics.isEmpty, "\(DiagnosticRenderer().render(diagnostics, in: file))")
        return try #require(analysis.model)
    }

    @Test func guideSourceProducesTheGuideTrustPolicyAndServiceAccount() throws {
        let model = try Self.model(Self.guideSource)
        let roles = IAMRolePass().run(model)
        #expect(roles.diagnostics.isEmpty)
        try #require(roles.iamRoles.count == 1)
        #expect(IdentityTestJSON.compact(roles.iamRoles[0].trustPolicy)
                    == IdentityTestJSON.minify(IAMRolePassTests.guideTrustPolicy))
        #expect(roles.iamRoles[0].managedPolicyARNs == ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"])
        let serviceAccounts = ServiceAccountPass().run(model).manifests
        #expect(serviceAccounts.map { IdentityTestJSON.compact($0.document) }
                    == ServiceAccountPassTests.guideServiceAccount)
    }
}
