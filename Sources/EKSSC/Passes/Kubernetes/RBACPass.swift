/// Lowers roles and their bindings to RBAC objects.
///
/// Each `role`/`clusterrole` becomes a Role/ClusterRole with its rules in source order. Each
/// `RBACBinding` (all subjects of one role in one place) becomes a RoleBinding, or a
/// ClusterRoleBinding when it has no namespace, named `<role>-binding`.
public struct RBACPass: LoweringPass {
    public init() {}

    public func run(_ model: SecurityModel) -> PassOutput {
        let roles = model.rbacRoles.map {
            RoleManifest(metadata: .managed(name: $0.name, namespace: $0.namespace), rules: $0.rules)
        }
        let bindings = model.rbacBindings.map {
            RoleBindingManifest(metadata: .managed(name: "\($0.role.name)-binding", namespace: $0.namespace),
                                subjects: $0.subjects, roleRef: $0.role)
        }
        return PassOutput(manifests: roles + bindings)
    }
}
