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
}
