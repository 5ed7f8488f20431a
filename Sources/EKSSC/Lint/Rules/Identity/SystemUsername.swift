/// EKS-ID-004: a mapped principal whose Kubernetes username starts with `system:`.
struct SystemUsername: LintRule {
    let id = "EKS-ID-004"
    let name = "SystemUsername"
    let defaultSeverity = Severity.warning
    let title = "A mapped principal's username starts with 'system:'"
    let rationale = """
        'system:' names are reserved for Kubernetes components; a human or pipeline with such a \
        username is treated as one in RBAC defaults and in audit logs (Kubernetes docs, "Using RBAC \
        Authorization: Referring to subjects").
        """
    let fix = "use a plain username (the default is the declaration's name)"
    let badExample = """
        user jane "arn:aws:iam::123456789012:user/jane" {
          username system:jane
        }
        """
    let goodExample = """
        user jane "arn:aws:iam::123456789012:user/jane" {
          username jane
        }
        """

    func check(_ context: LintContext) -> [LintFinding] {
        context.model.principals.filter { $0.username.hasPrefix("system:") }.map { principal in
            finding("'\(principal.name)' has the reserved username '\(principal.username)'",
                    at: context.sources.username(of: principal))
        }
    }
}
