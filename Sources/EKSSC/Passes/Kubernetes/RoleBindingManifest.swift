/// An `rbac.authorization.k8s.io/v1` RoleBinding (namespaced) or ClusterRoleBinding (no namespace).
struct RoleBindingManifest: KubernetesManifest, Hashable {
    var metadata: ObjectMeta
    var subjects: [RBACSubject]
    var roleRef: RBACRoleRef

    init(metadata: ObjectMeta, subjects: [RBACSubject], roleRef: RBACRoleRef) {
        self.metadata = metadata
        self.subjects = subjects
        self.roleRef = roleRef
    }

    static let rbacGroup = "rbac.authorization.k8s.io"

    var apiVersion: String { "\(Self.rbacGroup)/v1" }
    var kind: String { metadata.namespace == nil ? "ClusterRoleBinding" : "RoleBinding" }

    var body: [Document.Entry] {
        [
            .init("subjects", .list(subjects.map(\.document))),
            .init("roleRef", .map([
                "apiGroup": .string(Self.rbacGroup),
                "kind": .string(roleRef.kind),
                "name": .string(roleRef.name),
            ])),
        ]
    }
}

extension RBACSubject {
    /// Users and groups belong to the RBAC API group; a ServiceAccount is core and has a namespace.
    var document: Document {
        switch self {
        case .user(let name):
            .map(["kind": .string("User"), "name": .string(name), "apiGroup": .string(RoleBindingManifest.rbacGroup)])
        case .group(let name):
            .map(["kind": .string("Group"), "name": .string(name), "apiGroup": .string(RoleBindingManifest.rbacGroup)])
        case .serviceAccount(let ref):
            .map(["kind": .string("ServiceAccount"), "name": .string(ref.name), "namespace": .string(ref.namespace)])
        }
    }
}
