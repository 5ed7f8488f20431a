import Testing
@testable import EKSSC

@Suite struct ServiceAccountPassTests {
    static let managed = Label(key: "app.kubernetes.io/managed-by", value: "ekssc")

    static let guideServiceAccount = ["""
            {"apiVersion":"v1","kind":"ServiceAccount","metadata":{"name":"my-service-account","namespace":"default",\
            "labels":{"app.kubernetes.io/managed-by":"ekssc","app.kubernetes.io/name":"my-app"},\
            "annotations":{"eks.amazonaws.com/role-arn":"arn:aws:iam::123456789012:role/my-app-role"}}}
            """]

    @Test func guideServiceAccountCarriesTheRoleAnnotation() {
        let manifests = ServiceAccountPass().run(IAMRolePassTests.guideModel()).manifests
        #expect(manifests.map { IdentityTestJSON.compact($0.document) } == Self.guideServiceAccount)
    }

    @Test func podIdentityAndRolelessAppsGetNoAnnotationAndPatternsNoObject() {
        let model = SecurityModel(cluster: IdentityModels.cluster(), apps: [
            IdentityModels.app("api", identity: .podIdentity, role: IAMRoleSpec()),
            IdentityModels.app("batch", serviceAccount: .pattern("batch-*"), role: IAMRoleSpec()),
            IdentityModels.app("web"),
        ])
        let output = ServiceAccountPass().run(model)
        #expect(output.diagnostics.isEmpty)
        #expect(output.manifests.compactMap { $0 as? ServiceAccountManifest } == [
            ServiceAccountManifest(metadata: ObjectMeta(name: "api", namespace: "default", labels: [
                Label(key: "app.kubernetes.io/name", value: "api"), Self.managed])),
            ServiceAccountManifest(metadata: ObjectMeta(name: "web", namespace: "default", labels: [
                Label(key: "app.kubernetes.io/name", value: "web"), Self.managed])),
        ])
    }

    @Test func sharedServiceAccountIsEmittedOnceWithTheFirstAppsLabel() {
        let model = SecurityModel(cluster: IdentityModels.cluster(), apps: [
            IdentityModels.app("api", serviceAccount: .exact("shared"), role: IAMRoleSpec()),
            IdentityModels.app("worker", serviceAccount: .exact("shared"), role: IAMRoleSpec()),
        ])
        let output = ServiceAccountPass().run(model)
        #expect(output.diagnostics.isEmpty)
        #expect(output.manifests.compactMap { $0 as? ServiceAccountManifest } == [
            ServiceAccountManifest(metadata: ObjectMeta(name: "shared", namespace: "default", labels: [
                Label(key: "app.kubernetes.io/name", value: "api"), Self.managed,
            ], annotations: [Label(key: "eks.amazonaws.com/role-arn",
                                   value: "arn:aws:iam::123456789012:role/my-cluster-default-shared")])),
        ])
    }

    @Test func secretStoreServiceAccountsAlwaysUseIRSA() {
        let store = SecretStore(id: SecretStoreID(namespace: nil, name: "shared"), provider: .secretsManager,
                                region: "us-west-2", serviceAccount: ServiceAccountRef(namespace: "eso", name: "reader"))
        let manifests = ServiceAccountPass().run(SecurityModel(cluster: IdentityModels.cluster(), secretStores: [store]))
            .manifests.compactMap { $0 as? ServiceAccountManifest }
        #expect(manifests == [ServiceAccountManifest(metadata: ObjectMeta(
            name: "reader", namespace: "eso", labels: [Self.managed],
            annotations: [Label(key: "eks.amazonaws.com/role-arn",
                                value: "arn:aws:iam::123456789012:role/my-cluster-eso-reader")]))])
    }

    @Test func sharingAServiceAccountWithDifferentRolesIsAnError() {
        let first = SourceRange(start: 3, end: 9)
        let second = SourceRange(start: 40, end: 50)
        let model = SecurityModel(cluster: IdentityModels.cluster(), apps: [
            IdentityModels.app("api", serviceAccount: .exact("shared"), role: IAMRoleSpec(explicitName: "a", range: first)),
            IdentityModels.app("worker", serviceAccount: .exact("shared"), role: IAMRoleSpec(explicitName: "b", range: second)),
        ])
        #expect(ServiceAccountPass().run(model).manifests.count == 1)
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
}
