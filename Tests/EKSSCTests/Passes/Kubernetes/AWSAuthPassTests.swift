import Testing
@testable import EKSSC

@Suite struct AWSAuthPassTests {
    typealias M = KubernetesTestModel

    /// The reference guide's mappings (john, jane, eks-admin) plus a node role.
    static let guidePrincipals = [
        IAMPrincipal(kind: .role, name: "eks-admin", arn: M.iam("role/eks-admin"), username: "eks-admin",
                     groups: ["system:masters"], range: M.range(40, 60)),
        IAMPrincipal(kind: .user, name: "jane", arn: M.iam("user/jane"), username: "jane",
                     groups: ["system:authenticated"], range: M.range(20, 39)),
        IAMPrincipal(kind: .user, name: "john", arn: M.iam("user/john"), username: "john",
                     groups: ["system:masters"], range: M.range(0, 19)),
    ]
    static let nodeRole = NodeRole(arn: M.iam("role/eks-node"), range: M.range(61, 80))

    /// The decoded value of a `.yamlText` data entry of the ConfigMap.
    static func embedded(_ key: String, in output: PassOutput) -> Document? {
        guard case .yamlText(let inner)? = output.manifests.first?.document["data"]?[key] else { return nil }
        return inner
    }

    @Test func guideMappingsWithNodeRole() {
        let output = AWSAuthPass().run(SecurityModel(
            cluster: M.cluster, principals: Self.guidePrincipals, nodeRoles: [Self.nodeRole]))
        #expect(output.diagnostics.isEmpty)
        #expect(output.manifests.map(\.objectKey.description) == ["ConfigMap kube-system/aws-auth"])
        #expect(output.manifests.first?.document["metadata"] == .map([
            "name": .string("aws-auth"), "namespace": .string("kube-system"),
            "labels": .map(["app.kubernetes.io/managed-by": .string("ekssc")]),
        ]))
        #expect(output.manifests.first?.document["data"]?.entries?.map(\.key) == ["mapRoles", "mapUsers"])
        #expect(Self.embedded("mapRoles", in: output).map(DocumentText.render) == """
        [
          {
            "rolearn": "arn:aws:iam::123456789012:role/eks-node",
            "username": "system:node:{{EC2PrivateDNSName}}",
            "groups": [
              "system:bootstrappers",
              "system:nodes"
            ]
          },
          {
            "rolearn": "arn:aws:iam::123456789012:role/eks-admin",
            "username": "eks-admin",
            "groups": [
              "system:masters"
            ]
          }
        ]
        """)
        #expect(Self.embedded("mapUsers", in: output).map(DocumentText.render) == """
        [
          {
            "userarn": "arn:aws:iam::123456789012:user/jane",
            "username": "jane",
            "groups": [
              "system:authenticated"
            ]
          },
          {
            "userarn": "arn:aws:iam::123456789012:user/john",
            "username": "john",
            "groups": [
              "system:masters"
            ]
          }
        ]
        """)
    }

    @Test func rolePathIsRemovedWithAWarningAtTheMapping() {
        let admin = IAMPrincipal(kind: .role, name: "admin", arn: M.iam("role/teams/dev/admin"), username: "admin",
                                 groups: ["devs"], range: M.range(10, 30))
        let node = NodeRole(arn: M.iam("role/nodes/eks-node"), range: M.range(31, 50))
        let model = SecurityModel(cluster: M.cluster, principals: [admin], nodeRoles: [node])
        let output = AWSAuthPass().run(model)
        #expect(Self.embedded("mapRoles", in: output)?.listValue?.compactMap { $0["rolearn"]?.stringValue } == [
            "arn:aws:iam::123456789012:role/eks-node", "arn:aws:iam::123456789012:role/admin",
        ])
        #expect(output.diagnostics.isEmpty)
        #expect(AWSAuthCheck().diagnostics(for: model) == [
            Diagnostic(id: "kubernetes.role-arn-path-removed", severity: .note,
                       message: "role ARN path '/nodes/' removed in aws-auth, which matches roles without their path",
                       range: M.range(31, 50)),
            Diagnostic(id: "kubernetes.role-arn-path-removed", severity: .note,
                       message: "role ARN path '/teams/dev/' removed in aws-auth, which matches roles without their path",
                       range: M.range(10, 30)),
        ])
        #expect(Self.embedded("mapUsers", in: output) == nil)
    }

    @Test func warnsWithoutNodeRoleAtTheFirstMapping() {
        let model = SecurityModel(cluster: M.cluster, principals: Self.guidePrincipals)
        let output = AWSAuthPass().run(model)
        #expect(AWSAuthCheck().diagnostics(for: model) == [
            Diagnostic(id: "kubernetes.aws-auth-without-node-role", severity: .warning,
                       message: "aws-auth has no node role; nodes will not be able to join", range: M.range(0, 19)),
        ])
        #expect(Self.embedded("mapRoles", in: output)?.listValue?.count == 1)
    }

    @Test func userWithoutGroupsHasNoGroupsKey() {
        let viewer = IAMPrincipal(kind: .user, name: "bob", arn: M.iam("user/bob"), username: "bob")
        let output = AWSAuthPass().run(SecurityModel(cluster: M.cluster, principals: [viewer], nodeRoles: [Self.nodeRole]))
        #expect(Self.embedded("mapUsers", in: output) == .list([.map([
            "userarn": .string("arn:aws:iam::123456789012:user/bob"), "username": .string("bob"),
        ])]))
    }

    @Test func nodeRolesOnlyGiveMapRolesWithoutWarning() {
        let model = SecurityModel(cluster: M.cluster, nodeRoles: [Self.nodeRole])
        let output = AWSAuthPass().run(model)
        #expect(AWSAuthCheck().diagnostics(for: model).isEmpty)
        #expect(output.manifests.first?.document["data"]?.entries?.map(\.key) == ["mapRoles"])
    }

    @Test func nothingToMapOrAPIAuthenticationGivesNoConfigMap() {
        #expect(AWSAuthPass().run(SecurityModel(cluster: M.cluster)).manifests.isEmpty)
        var apiOnly = M.cluster
        apiOnly.authenticationMode = .api
        let model = SecurityModel(cluster: apiOnly, principals: Self.guidePrincipals)
        #expect(AWSAuthPass().run(model).manifests.isEmpty)
        #expect(AWSAuthCheck().diagnostics(for: model).isEmpty)
    }

    @Test(arguments: [
        ("role/admin", nil, "role/admin"),
        ("role/teams/dev/admin", "/teams/dev/", "role/admin"),
        ("role/a/b", "/a/", "role/b"),
        ("user/ops/jane", nil, "user/ops/jane"),
    ] as [(String, String?, String)])
    func rolePathReduction(resource: String, path: String?, reduced: String) {
        let arn = M.iam(resource)
        #expect(arn.rolePath == path)
        #expect(arn.withoutRolePath.resource == reduced)
    }
}
