/// EKS-RBAC-003: `pods/exec`, `pods/attach`, `nodes/proxy`, `serviceaccounts/token`.
struct SensitiveSubresources: LintRule {
    let id = "EKS-RBAC-003"
    let name = "SensitiveSubresources"
    let defaultSeverity = Severity.warning
    let title = "An RBAC rule grants exec, attach, node proxy or token creation"
    let rationale = """
        pods/exec and pods/attach run commands in containers (and read their Secrets), nodes/proxy \
        reaches the kubelet API, and serviceaccounts/token mints tokens for other identities \
        (Kubernetes docs, "RBAC good practices: Privilege escalation risks").
        """
    let fix = "grant these only to break-glass roles, and waive the finding there with a reason"
    let badExample = """
        role debug in shop {
          allow create on pods/exec
        }
        """
    let goodExample = """
        role debug in shop {
          allow get on pods/log
        }
        """

    static let subresources = ["nodes/proxy", "pods/attach", "pods/exec", "serviceaccounts/token"]

    func check(_ context: LintContext) -> [LintFinding] {
        context.model.rbacRoles.flatMap { role in
            role.effectiveRules.compactMap { rule -> LintFinding? in
                guard rule.apiGroups.contains("") else { return nil }
                let found = Self.subresources.filter(rule.resources.contains)
                guard !found.isEmpty else { return nil }
                return finding("\(role.reference.kind.lowercased()) '\(role.name)' grants '\(found.joined(separator: "', '"))'",
                               at: rule.range)
            }
        }
    }
}
