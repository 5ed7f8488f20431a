import Testing
@testable import EKSSC

@Suite struct SecurityGroupPolicyPassTests {
    @Test func oneSecurityGroupPolicyPerAppWithGroups() {
        let model = SecurityModel(cluster: KubernetesTestModel.cluster, apps: [
            App(name: "api", namespace: "shop", serviceAccount: .exact("api-sa"),
                securityGroups: ["sg-0b1", "sg-0a2"]),
            App(name: "worker", namespace: "shop", serviceAccount: .exact("worker")),
        ])
        let output = SecurityGroupPolicyPass().run(model)
        #expect(output.diagnostics.isEmpty)
        #expect(KubernetesTestModel.manifestTexts(output) == ["""
        {
          "apiVersion": "vpcresources.k8s.aws/v1beta1",
          "kind": "SecurityGroupPolicy",
          "metadata": {
            "name": "api",
            "namespace": "shop",
            "labels": {
              "app.kubernetes.io/managed-by": "ekssc"
            }
          },
          "spec": {
            "serviceAccountSelector": {
              "matchLabels": {
                "app.kubernetes.io/name": "api"
              }
            },
            "securityGroups": {
              "groupIds": [
                "sg-0b1",
                "sg-0a2"
              ]
            }
          }
        }
        """])
    }

    @Test func neverEmitsThePodAnnotation() {
        let model = SecurityModel(cluster: KubernetesTestModel.cluster, apps: [
            App(name: "api", namespace: "shop", serviceAccount: .exact("api"), securityGroups: ["sg-1"]),
        ])
        let text = KubernetesTestModel.manifestTexts(SecurityGroupPolicyPass().run(model)).joined()
        #expect(!text.contains("vpc.amazonaws.com/security-group-ids"))
        #expect(!text.contains("annotations"))
    }
}
