import Foundation
import Testing
@testable import EKSSC

/// `examples/guide.sec` through the front end and every Kubernetes pass: the objects and AWS CLI
/// inputs it yields, and no diagnostics from the passes.
@Suite struct KubernetesPassesGuideExampleTests {
    static let guide = Repository.url("examples/guide.sec")

    static let kubernetesPasses: [any LoweringPass] = [
        NamespacePass(), NetworkPolicyPass(), SecurityGroupPolicyPass(), RBACPass(), AWSAuthPass(),
        AccessEntryPass(), StorageClassPass(),
    ]

    @Test func guideExampleOutputs() throws {
        let file = SourceFile(path: "guide.sec", bytes: Array(try Data(contentsOf: Self.guide)))
        let model = try #require(Compiler.check(file).model)
        let outputs = Self.kubernetesPasses.map { $0.run(model) }
        #expect(outputs.flatMap(\.diagnostics).isEmpty)
        #expect(outputs.flatMap(\.manifests).map(\.objectKey).sorted().map(\.description) == [
            "Namespace default", "StorageClass gp3-encrypted",
            "NetworkPolicy default/database-policy", "NetworkPolicy default/default-deny",
            "NetworkPolicy default/frontend-policy", "NetworkPolicy default/web-policy",
            "Role default/developer", "RoleBinding default/developer-binding",
            "SecurityGroupPolicy default/my-app",
            "ConfigMap kube-system/aws-auth",
        ])
        #expect(outputs.flatMap(\.awsInputs).map(\.path) == [
            "access-entries/eks-admin.json", "access-entries/jane.json", "access-entries/john.json",
            "access-entries/nodes/eks-node-role.json",
            "access-policies/eks-admin-AmazonEKSClusterAdminPolicy.json",
            "access-policies/john-AmazonEKSClusterAdminPolicy.json",
        ])
        let frontend = outputs.flatMap(\.manifests).first { $0.metadata.name == "frontend-policy" }
        #expect(frontend?.document["spec"]?["ingress"].map(DocumentText.render) == """
        [
          {
            "from": [
              {
                "ipBlock": {
                  "cidr": "10.0.0.0/16"
                }
              }
            ],
            "ports": [
              {
                "protocol": "TCP",
                "port": 8443
              }
            ]
          }
        ]
        """)
    }
}
