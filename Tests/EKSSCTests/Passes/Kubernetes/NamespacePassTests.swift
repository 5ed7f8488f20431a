import Testing
@testable import EKSSC

@Suite struct NamespacePassTests {
    @Test func podSecurityLabelsForAllThreeModesPlusOwnLabelsSorted() {
        let model = SecurityModel(cluster: KubernetesTestModel.cluster, namespaces: [
            Namespace(name: "shop", podSecurity: .restricted, podSecurityVersion: "v1.30",
                      labels: [Label(key: "team", value: "web")]),
        ])
        #expect(KubernetesTestModel.manifestTexts(NamespacePass().run(model)) == ["""
        {
          "apiVersion": "v1",
          "kind": "Namespace",
          "metadata": {
            "name": "shop",
            "labels": {
              "app.kubernetes.io/managed-by": "ekssc",
              "pod-security.kubernetes.io/audit": "restricted",
              "pod-security.kubernetes.io/audit-version": "v1.30",
              "pod-security.kubernetes.io/enforce": "restricted",
              "pod-security.kubernetes.io/enforce-version": "v1.30",
              "pod-security.kubernetes.io/warn": "restricted",
              "pod-security.kubernetes.io/warn-version": "v1.30",
              "team": "web"
            }
          }
        }
        """])
    }

    @Test func namespaceWithoutPodSecurityHasOnlyItsLabels() {
        let model = SecurityModel(cluster: KubernetesTestModel.cluster, namespaces: [
            Namespace(name: "a"), Namespace(name: "b", labels: [Label(key: "env", value: "prod")]),
        ])
        let output = NamespacePass().run(model)
        #expect(output.manifests.map(\.objectKey.description) == ["Namespace a", "Namespace b"])
        #expect(output.manifests.map(\.metadata.document) == [
            .map(["name": .string("a"), "labels": .map(["app.kubernetes.io/managed-by": .string("ekssc")])]),
            .map(["name": .string("b"), "labels": .map([
                "app.kubernetes.io/managed-by": .string("ekssc"), "env": .string("prod"),
            ])]),
        ])
        #expect(output.manifests.allSatisfy { $0.body.isEmpty })
    }

    @Test(arguments: PodSecurityLevel.allCases)
    func everyLevelUsesLatestByDefault(level: PodSecurityLevel) {
        let model = SecurityModel(cluster: KubernetesTestModel.cluster, namespaces: [Namespace(name: "x", podSecurity: level)])
        let labels = NamespacePass().run(model).manifests.first?.metadata.labels ?? []
        #expect(labels.first { $0.key == "pod-security.kubernetes.io/enforce" }?.value == level.rawValue)
        #expect(labels.first { $0.key == "pod-security.kubernetes.io/warn-version" }?.value == "latest")
        #expect(labels.count == 7)
    }
}
