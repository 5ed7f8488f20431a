import Testing
@testable import EKSSC

@Suite struct AccessEntryPassTests {
    typealias M = KubernetesTestModel

    static let model = SecurityModel(
        cluster: M.cluster,
        principals: [
            IAMPrincipal(kind: .role, name: "eks-admin", arn: M.iam("role/teams/eks-admin"), username: "eks-admin",
                         groups: ["platform", "system:masters"]),
            IAMPrincipal(kind: .user, name: "jane", arn: M.iam("user/jane"), username: "jane",
                         groups: ["system:authenticated"],
                         accessPolicies: [AccessPolicyAssociation(policyName: "AmazonEKSViewPolicy", namespaces: ["dev", "shop"])]),
        ],
        nodeRoles: [NodeRole(arn: M.iam("role/nodes/eks-node"))])

    static func input(_ path: String) -> AWSCLIInput? {
        AccessEntryPass().run(model).awsInputs.first { $0.path == path }
    }

    @Test func oneInputPerEntryAndPolicySortedByPath() {
        let output = AccessEntryPass().run(Self.model)
        #expect(output.diagnostics.isEmpty)
        #expect(output.manifests.isEmpty)
        #expect(output.awsInputs.map { "\($0.command) \($0.path)" } == [
            "eks create-access-entry access-entries/eks-admin.json",
            "eks create-access-entry access-entries/jane.json",
            "eks create-access-entry access-entries/nodes/eks-node.json",
            "eks associate-access-policy access-policies/eks-admin-AmazonEKSClusterAdminPolicy.json",
            "eks associate-access-policy access-policies/jane-AmazonEKSViewPolicy.json",
        ])
    }

    @Test func systemGroupsAreDroppedAndARNKeepsItsPath() {
        #expect(Self.input("access-entries/eks-admin.json").map { DocumentText.render($0.document) } == """
        {
          "clusterName": "my-cluster",
          "principalArn": "arn:aws:iam::123456789012:role/teams/eks-admin",
          "kubernetesGroups": [
            "platform"
          ],
          "username": "eks-admin",
          "type": "STANDARD"
        }
        """)
        #expect(Self.input("access-entries/jane.json")?.document.entries?.map(\.key) == [
            "clusterName", "principalArn", "username", "type",
        ])
    }

    @Test func systemMastersBecomesClusterAdminPolicyAtClusterScope() {
        #expect(Self.input("access-policies/eks-admin-AmazonEKSClusterAdminPolicy.json").map { DocumentText.render($0.document) } == """
        {
          "clusterName": "my-cluster",
          "principalArn": "arn:aws:iam::123456789012:role/teams/eks-admin",
          "policyArn": "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy",
          "accessScope": {
            "type": "cluster"
          }
        }
        """)
    }

    @Test func namespaceScopedPolicy() {
        #expect(Self.input("access-policies/jane-AmazonEKSViewPolicy.json")?.document["accessScope"].map(DocumentText.render) == """
        {
          "type": "namespace",
          "namespaces": [
            "dev",
            "shop"
          ]
        }
        """)
    }

    @Test func nodeRoleEntryIsEC2Linux() {
        #expect(Self.input("access-entries/nodes/eks-node.json")?.document == .map([
            "clusterName": .string("my-cluster"),
            "principalArn": .string("arn:aws:iam::123456789012:role/nodes/eks-node"),
            "type": .string("EC2_LINUX"),
        ]))
    }

    @Test func declaredAndTranslatedAssociationsOfOnePolicyMerge() {
        let principal = IAMPrincipal(
            kind: .user, name: "ops", arn: M.iam("user/ops"), username: "ops", groups: ["system:masters"],
            accessPolicies: [
                AccessPolicyAssociation(policyName: "AmazonEKSAdminPolicy", namespaces: ["b"]),
                AccessPolicyAssociation(policyName: "AmazonEKSAdminPolicy", namespaces: ["a", "b"]),
                AccessPolicyAssociation(policyName: "AmazonEKSClusterAdminPolicy", namespaces: ["x"]),
            ])
        #expect(EKSAccessEntry.associations(of: principal) == [
            AccessPolicyAssociation(policyName: "AmazonEKSAdminPolicy", namespaces: ["a", "b"]),
            AccessPolicyAssociation(policyName: "AmazonEKSClusterAdminPolicy", namespaces: []),
        ])
    }

    @Test func partitionShapesThePolicyARN() {
        var cluster = M.cluster
        cluster.partition = .awsCN
        let principal = IAMPrincipal(kind: .user, name: "a", arn: M.iam("user/a"), username: "a", groups: ["system:masters"])
        let inputs = AccessEntryPass().run(SecurityModel(cluster: cluster, principals: [principal])).awsInputs
        #expect(inputs.last?.document["policyArn"] == .string("arn:aws-cn:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy"))
    }

    @Test func configMapAuthenticationGivesNoAccessEntries() {
        var model = Self.model
        model.cluster.authenticationMode = .configMap
        #expect(AccessEntryPass().run(model).awsInputs.isEmpty)
        model.cluster.authenticationMode = .apiAndConfigMap
        #expect(AccessEntryPass().run(model).awsInputs.count == 5)
    }
}
