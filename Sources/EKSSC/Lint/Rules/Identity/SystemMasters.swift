/// EKS-ID-006: a principal in `system:masters`.
struct SystemMasters: LintRule {
    let id = "EKS-ID-006"
    let name = "SystemMasters"
    let defaultSeverity = Severity.warning
    let title = "A principal is in 'system:masters'"
    let rationale = """
        system:masters bypasses RBAC entirely and cannot be revoked by editing a binding (EKS Best \
        Practices Guide, Identity and Access Management, "Don't use a service account token for \
        authentication" and "Use EKS access entries"; Kubernetes docs, "RBAC good practices").
        """
    let fix = "bind a narrower role, or use 'access-policy AmazonEKSClusterAdminPolicy' which can be audited and revoked"
    let badExample = """
        iam-role admin "arn:aws:iam::123456789012:role/eks-admin" {
          groups system:masters
        }
        """
    let goodExample = """
        iam-role admin "arn:aws:iam::123456789012:role/eks-admin" {
          access-policy AmazonEKSClusterAdminPolicy
        }
        """

    func check(_ context: LintContext) -> [LintFinding] {
        context.model.principals.filter { $0.groups.contains("system:masters") }.map { principal in
            finding("'system:masters' makes '\(principal.name)' cluster-admin, beyond RBAC",
                    at: context.sources.group("system:masters", of: principal))
        }
    }
}
