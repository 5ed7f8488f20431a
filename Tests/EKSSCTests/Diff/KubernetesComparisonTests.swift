import Testing
@testable import EKSSC

/// Drift of Kubernetes objects on documents built in Swift (no YAML reading involved).
@Suite struct KubernetesComparisonTests {
    /// The faithful live copy of the guide slice, with one item changed by `edit`.
    static func live(editing kind: String, _ name: String, _ edit: (Document) -> Document?) -> [Document] {
        let items = LiveCopy.list(of: GuideArtifacts.manifests, renderMappings: false)["items"]?.listValue ?? []
        return items.compactMap { item in
            item["kind"]?.stringValue == kind && item["metadata"]?["name"]?.stringValue == name ? edit(item) : item
        }
    }

    static func compare(_ live: [Document]) -> [ObjectDrift] {
        KubernetesComparison.compare(desired: GuideArtifacts.manifests, live: live)
    }

    static func drifted(_ drifts: [ObjectDrift]) -> [String] {
        drifts.filter(\.isDrift).map { "\($0.key): \($0.status.rawValue)" }
    }

    @Test func faithfulLiveCopyHasNoDrift() {
        let drifts = Self.compare(Self.live(editing: "", "") { $0 })
        #expect(drifts.count == GuideArtifacts.manifests.count)
        #expect(Self.drifted(drifts) == [])
        #expect(drifts.allSatisfy { $0.diff.isEmpty && $0.unmanaged.isEmpty })
    }

    @Test func changedPortIsReportedWithOnlyTheChangedField() {
        let drifts = Self.compare(Self.live(editing: "NetworkPolicy", "web") {
            $0.updating("spec.ingress.[].ports.[].port") { _ in .int(9090) }
        })
        #expect(Self.drifted(drifts) == ["NetworkPolicy default/web: changed"])
        let web = drifts.first { $0.key.name == "web" }
        #expect(web?.diff == ["""
            @@ -32,7 +32,7 @@ spec.ingress[0].ports[0].port
                         matchLabels:
                           app: frontend
                   ports:
            -        - port: 9090
            +        - port: 8080
                       protocol: TCP
               podSelector:
                 matchLabels:
            """])
        #expect(web?.recreate == [])
    }

    @Test func removedFlowIsReported() {
        let drifts = Self.compare(Self.live(editing: "NetworkPolicy", "web") {
            $0.updating("spec.egress") { egress in .list(Array((egress.listValue ?? []).dropFirst())) }
        })
        #expect(Self.drifted(drifts) == ["NetworkPolicy default/web: changed"])
        let diff = drifts.first { $0.key.name == "web" }?.diff.joined(separator: "\n") ?? ""
        #expect(diff.contains("""
            +    - ports:
            +        - port: 5432
            +          protocol: TCP
            +      to:
            +        - podSelector:
            +            matchLabels:
            +              app: database
            """))
        #expect(!diff.contains("\n-"))
    }

    @Test func extraRoleBindingSubjectIsReported() {
        let drifts = Self.compare(Self.live(editing: "RoleBinding", "developer") {
            $0.updating("subjects") { subjects in
                .list((subjects.listValue ?? []) + [.map(["apiGroup": .string("rbac.authorization.k8s.io"),
                                                         "kind": .string("User"), "name": .string("mallory")])])
            }
        })
        #expect(Self.drifted(drifts) == ["RoleBinding default/developer: changed"])
        let diff = drifts.first { $0.key.kind == "RoleBinding" }?.diff ?? []
        #expect(diff == ["""
            @@ -13,6 +13,3 @@ subjects[1].apiGroup
               - apiGroup: rbac.authorization.k8s.io
                 kind: User
                 name: john
            -  - apiGroup: rbac.authorization.k8s.io
            -    kind: User
            -    name: mallory
            """])
    }

    @Test func editedAWSAuthEntryIsDriftAndUndeclaredEntriesAreUnmanaged() {
        let drifts = Self.compare(Self.live(editing: "ConfigMap", "aws-auth") {
            $0.updating("data.mapUsers") { _ in .yamlText(.list([
                .map(["groups": .strings(["system:masters", "system:authenticated"]),
                      "userarn": .string("arn:aws:iam::123456789012:user/JOHN"), "username": .string("john")]),
                .map(["userarn": .string("arn:aws:iam::123456789012:user/jane"), "username": .string("jane"),
                      "groups": .strings(["system:authenticated"])]),
                .map(["userarn": .string("arn:aws:iam::123456789012:user/ops"), "username": .string("ops"),
                      "groups": .strings(["ops"])]),
            ])) }
        })
        #expect(Self.drifted(drifts) == ["ConfigMap kube-system/aws-auth: changed"])
        let awsAuth = drifts.first { $0.key.name == "aws-auth" }
        #expect(awsAuth?.unmanaged == [UnmanagedMapping(field: "mapUsers", arn: "arn:aws:iam::123456789012:user/ops",
                                                        username: "ops")])
        #expect(awsAuth?.diff == ["""
            @@ -22,7 +22,6 @@ data.mapUsers[1].groups[0]
                   userarn: arn:aws:iam::123456789012:user/jane
                   username: jane
                 - groups:
            -        - system:authenticated
                     - system:masters
                   userarn: arn:aws:iam::123456789012:user/john
                   username: john
            """])
    }

    @Test func reorderedAWSAuthEntriesAndGroupsAreNotDrift() {
        let drifts = Self.compare(Self.live(editing: "ConfigMap", "aws-auth") {
            $0.updating("data.mapRoles") { _ in .yamlText(.list([
                .map(["username": .string("system:node:{{EC2PrivateDNSName}}"),
                      "rolearn": .string("arn:aws:iam::123456789012:role/EKS-Node-Role"),
                      "groups": .strings(["system:nodes", "system:bootstrappers"])]),
                .map(["rolearn": .string("arn:aws:iam::123456789012:role/eks-admin"), "username": .string("eks-admin"),
                      "groups": .strings(["system:masters", "system:masters"])]),
            ])) }
        })
        #expect(Self.drifted(drifts) == [])
    }

    @Test func changedStorageClassParameterNeedsRecreate() {
        let drifts = Self.compare(Self.live(editing: "StorageClass", "gp3-encrypted") {
            $0.updating("parameters.type") { _ in .string("gp2") }
        })
        #expect(Self.drifted(drifts) == ["StorageClass gp3-encrypted: changed"])
        let storage = drifts.first { $0.key.kind == "StorageClass" }
        #expect(storage?.recreate == [
            "parameters cannot be changed in place: delete the StorageClass 'gp3-encrypted' and apply again",
        ])
        #expect(storage?.diff.first?.contains("-  type: gp2\n+  type: gp3") == true)
    }

    @Test func deletedObjectIsToCreate() {
        let drifts = Self.compare(Self.live(editing: "Role", "developer") { _ in nil })
        #expect(Self.drifted(drifts) == ["Role default/developer: to-create"])
    }

    @Test func labelledUndeclaredObjectIsOrphanedOthersAreIgnored() {
        var live = Self.live(editing: "", "") { $0 }
        live.append(.map([
            "apiVersion": .string("networking.k8s.io/v1"), "kind": .string("NetworkPolicy"),
            "metadata": .map(["name": .string("legacy"), "namespace": .string("default"),
                              "labels": .map(["app.kubernetes.io/managed-by": .string("ekssc")])]),
            "spec": .map(["podSelector": .map([:])]),
        ]))
        live.append(.map([
            "apiVersion": .string("rbac.authorization.k8s.io/v1"), "kind": .string("ClusterRole"),
            "metadata": .map(["name": .string("system:aggregate-to-view")]),
        ]))
        let drifts = Self.compare(live)
        #expect(Self.drifted(drifts) == ["NetworkPolicy default/legacy: orphaned"])
    }

    @Test func serverDefaultsOnTheLiveSideAreNotDrift() {
        // The live policy omits policyTypes and protocol (server-inferred), and lists rules in
        // another order; ExternalSecret's refresh interval is spelled as the server default.
        let drifts = Self.compare(Self.live(editing: "NetworkPolicy", "web") { policy in
            policy
                .updating("spec.policyTypes") { _ in nil }
                .updating("spec.ingress.[].ports.[]") { $0.removing(["protocol"]) }
                .updating("spec.egress") { .list(($0.listValue ?? []).reversed()) }
        }.map { item in
            item["kind"] == .string("ExternalSecret")
                ? item.updating("spec.refreshInterval") { _ in .string("1h0m0s") } : item
        })
        #expect(Self.drifted(drifts) == [])
    }
}
