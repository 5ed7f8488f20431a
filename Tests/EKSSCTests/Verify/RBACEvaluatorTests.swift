import Testing
@testable import EKSSC

/// The RBAC evaluator against hand-written objects, and mutations of the platform's emitted
/// RBAC that `Verifier.verify` must find.
@Suite struct RBACEvaluatorTests {
    func evaluator(_ yaml: String) throws -> RBACEvaluator {
        try RBACEvaluator(documents: try YAMLReader.read(Array(yaml.utf8)).map { (path: "test.yaml", document: $0) })
    }

    static let objects = """
        kind: ClusterRole
        metadata: {name: viewer}
        rules:
        - {apiGroups: [""], resources: [pods, pods/log], verbs: [get, list]}
        - {nonResourceURLs: [/healthz], verbs: [get]}
        ---
        kind: Role
        metadata: {name: config, namespace: shop}
        rules:
        - {apiGroups: [""], resources: [configmaps], resourceNames: [app-config], verbs: [get, update]}
        ---
        kind: RoleBinding
        metadata: {name: viewer, namespace: shop}
        subjects: [{kind: User, name: alice}, {kind: ServiceAccount, name: ci}]
        roleRef: {kind: ClusterRole, name: viewer}
        ---
        kind: RoleBinding
        metadata: {name: config, namespace: shop}
        subjects: [{kind: Group, name: devs}]
        roleRef: {kind: Role, name: config}
        ---
        kind: ClusterRoleBinding
        metadata: {name: viewer}
        subjects: [{kind: Group, name: auditors}]
        roleRef: {kind: ClusterRole, name: viewer}
        """

    @Test func roleBindingOfAClusterRoleIsNamespaced() throws {
        let e = try evaluator(Self.objects)
        let getPods = RBACEvaluator.Request(verb: "get", group: "", resource: "pods")
        #expect(e.allows(.user("alice"), getPods, in: "shop"))
        #expect(!e.allows(.user("alice"), getPods, in: "data"))
        #expect(!e.allows(.user("alice"), getPods, in: nil))
        #expect(!e.allows(.user("alice"), .init(verb: "get", group: "", resource: "", nonResourceURL: "/healthz"), in: nil))
        #expect(e.allows(.group("auditors"), getPods, in: "data"))
        #expect(e.allows(.group("auditors"), .init(verb: "get", group: "", resource: "", nonResourceURL: "/healthz"), in: nil))
        // A ServiceAccount subject without a namespace is in the binding's namespace.
        #expect(e.allows(.serviceAccount(.init(namespace: "shop", name: "ci")), getPods, in: "shop"))
        #expect(!e.allows(.serviceAccount(.init(namespace: "data", name: "ci")), getPods, in: "shop"))
    }

    @Test func verbsSubresourcesAndNames() throws {
        let e = try evaluator(Self.objects)
        #expect(e.allows(.user("alice"), .init(verb: "list", group: "", resource: "pods/log"), in: "shop"))
        #expect(!e.allows(.user("alice"), .init(verb: "create", group: "", resource: "pods/exec"), in: "shop"))
        #expect(!e.allows(.user("alice"), .init(verb: "delete", group: "", resource: "pods"), in: "shop"))
        #expect(!e.allows(.user("alice"), .init(verb: "get", group: "apps", resource: "pods"), in: "shop"))
        #expect(e.allows(.group("devs"), .init(verb: "update", group: "", resource: "configmaps", name: "app-config"), in: "shop"))
        #expect(!e.allows(.group("devs"), .init(verb: "update", group: "", resource: "configmaps", name: "other"), in: "shop"))
        #expect(!e.allows(.group("devs"), .init(verb: "list", group: "", resource: "configmaps"), in: "shop"))
    }

    @Test func widenedRoleIsFound() throws {
        let (model, files) = try NetworkVerificationTests.build("platform")
        let mutated = try NetworkVerificationTests.mutate(files, "kubernetes/payments/role-payments-oncall.yaml") {
            $0.replacingOccurrences(of: "  - create\n", with: "  - create\n  - delete\n")
        }
        let found = try Verifier.verify(model: model, files: mutated).findings.map(\.counterexample)
        // Both subjects bound to the role gain it.
        #expect(found == ["group:payments-oncall -> payments delete pods/exec is allowed but not declared",
                          "user:bob -> payments delete pods/exec is allowed but not declared"])
    }

    @Test func extraSubjectIsFound() throws {
        let (model, files) = try NetworkVerificationTests.build("platform")
        let mutated = try NetworkVerificationTests.mutate(files, "kubernetes/_cluster/clusterrolebinding-platform-operator-binding.yaml") {
            $0.replacingOccurrences(of: "subjects:\n", with: "subjects:\n- kind: User\n  name: mallory\n  apiGroup: rbac.authorization.k8s.io\n")
        }
        let found = try Verifier.verify(model: model, files: mutated).findings
        #expect(!found.isEmpty && found.allSatisfy { $0.kind == .rbac && $0.from == "user:mallory" && $0.allowed })
        #expect(found.contains { $0.counterexample == "user:mallory -> (cluster) delete secrets is allowed but not declared" })
    }
}
