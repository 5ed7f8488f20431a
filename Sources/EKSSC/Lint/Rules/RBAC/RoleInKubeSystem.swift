/// EKS-RBAC-006: a Role in `kube-system`.
struct RoleInKubeSystem: LintRule {
    let id = "EKS-RBAC-006"
    let name = "RoleInKubeSystem"
    let defaultSeverity = Severity.warning
    let title = "A Role grants access in the kube-system namespace"
    let rationale = """
        kube-system holds the control-plane add-ons, their ServiceAccount tokens and (with config-map \
        authentication) aws-auth; access there is close to cluster-admin (EKS Best Practices Guide, \
        Identity and Access Management; Kubernetes docs, "RBAC good practices").
        """
    let fix = "run the workload in its own namespace and grant access there"
    let badExample = """
        namespace kube-system
        role patcher in kube-system {
          allow get on configmaps
        }
        """
    let goodExample = """
        role patcher in shop {
          allow get on configmaps
        }
        """

    func check(_ context: LintContext) -> [LintFinding] {
        context.model.rbacRoles.filter { $0.namespace == "kube-system" }.map { role in
            finding("role '\(role.name)' grants access in kube-system", at: role.range)
        }
    }
}
