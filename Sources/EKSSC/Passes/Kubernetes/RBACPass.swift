/// Lowers roles and their bindings to RBAC objects.
///
/// Each `role`/`clusterrole` becomes a Role/ClusterRole with its rules in source order. Each
/// `RBACBinding` (all subjects of one role in one place) becomes a RoleBinding, or a
/// ClusterRoleBinding when it has no namespace, named `<role>-binding`. A Role and a ClusterRole
/// may share a name and both be bound in one namespace: the ClusterRole's RoleBinding is then
/// named `<role>-clusterrole-binding`, so no two objects collide.
struct RBACPass: LoweringPass {
    init() {}

    func run(_ model: SecurityModel) -> PassOutput {
        let roles = model.rbacRoles.map {
            RoleManifest(metadata: .managed(name: $0.name, namespace: $0.namespace, labels: $0.aggregationLabels),
                         rules: $0.rules, aggregationSelectors: $0.aggregationSelectors)
        }
        let bindings = zip(model.rbacBindings, Self.bindingNames(model.rbacBindings)).map { binding, name in
            RoleBindingManifest(metadata: .managed(name: name, namespace: binding.namespace),
                                subjects: binding.subjects, roleRef: binding.role)
        }
        return PassOutput(manifests: roles + bindings)
    }

    /// The object name of each binding, in the order given: `<role>-binding`, or
    /// `<role>-clusterrole-binding` for a ClusterRole bound where a Role of its name is bound too.
    static func bindingNames(_ bindings: [RBACBinding]) -> [String] {
        let namespacedRoleBindings = Set(bindings.compactMap { binding in
            binding.role.namespace.map { "\($0)/\(binding.role.name)" }
        })
        return bindings.map { binding in
            if binding.role.namespace == nil, let namespace = binding.namespace,
               namespacedRoleBindings.contains("\(namespace)/\(binding.role.name)") {
                return "\(binding.role.name)-clusterrole-binding"
            }
            return "\(binding.role.name)-binding"
        }
    }
}
