import Testing
@testable import EKSSC

@Suite struct ServiceAccountRoleCheckTests {
    @Test func sharingAServiceAccountWithDifferentRolesIsAnError() {
        let first = SourceRange(start: 3, end: 9)
        let second = SourceRange(start: 40, end: 50)
        let model = SecurityModel(cluster: IdentityModels.cluster(), apps: [
            IdentityModels.app("api", serviceAccount: .exact("shared"), role: IAMRoleSpec(explicitName: "a", range: first)),
            IdentityModels.app("worker", serviceAccount: .exact("shared"), role: IAMRoleSpec(explicitName: "b", range: second)),
        ])
        #expect(ServiceAccountRoleCheck().diagnostics(for: model) == [Diagnostic(
            id: "semantics.serviceaccount-conflict", severity: .error,
            message: "apps 'api' and 'worker' share serviceaccount 'default/shared' with different IAM roles",
            range: IdentityModels.app("worker").range, notes: [DiagnosticNote("'api' declared here", at: IdentityModels.app("api").range)],
            hint: "give each app its own serviceaccount, or the same 'iam-role' block")])
    }

    @Test func aStoreAndAnAppWithAnotherRoleOnOneServiceAccountIsAnError() {
        let app = IdentityModels.app("api", in: "eso", serviceAccount: .exact("reader"),
                                     role: IAMRoleSpec(explicitName: "a"))
        let store = SecretStore(id: SecretStoreID(namespace: "eso", name: "reader"), provider: .secretsManager,
                                region: "us-west-2", serviceAccount: ServiceAccountRef(namespace: "eso", name: "reader"),
                                range: SourceRange(start: 90, end: 95))
        let model = SecurityModel(cluster: IdentityModels.cluster(), apps: [app], secretStores: [store])
        #expect(ServiceAccountRoleCheck().diagnostics(for: model).map(\.message) == [
            "serviceaccount 'eso/reader' of secretstore 'eso/reader' already has role "
                + "'arn:aws:iam::123456789012:role/a' from app 'eso/api'",
        ])
    }

    @Test func appsWithTheSameRoleBlockAndAStoreOfTheSameRoleMayShare() {
        let spec = IAMRoleSpec(statements: [PolicyStatement(effect: .allow, actions: ["s3:GetObject"], resources: ["*"])])
        let store = SecretStore(id: SecretStoreID(namespace: "default", name: "shared"), provider: .secretsManager,
                                region: "us-west-2", serviceAccount: ServiceAccountRef(namespace: "default", name: "shared"))
        let model = SecurityModel(cluster: IdentityModels.cluster(), apps: [
            IdentityModels.app("api", serviceAccount: .exact("shared"), role: spec),
            IdentityModels.app("worker", serviceAccount: .exact("shared"), role: spec),
        ], secretStores: [store])
        #expect(ServiceAccountRoleCheck().diagnostics(for: model).isEmpty)
    }
}
