/// EKS-RBAC-002: `escalate`, `bind` or `impersonate`.
struct EscalationVerbs: LintRule {
    let id = "EKS-RBAC-002"
    let name = "EscalationVerbs"
    let defaultSeverity = Severity.warning
    let title = "An RBAC rule grants 'escalate', 'bind' or 'impersonate'"
    let rationale = """
        'escalate' and 'bind' let a subject create roles or bindings with more permissions than it \
        holds, and 'impersonate' lets it act as any user, group or ServiceAccount (Kubernetes docs, \
        "RBAC good practices: Privilege escalation risks").
        """
    let fix = "remove the verb; grant role management only to cluster administrators"
    let badExample = """
        role ops in shop {
          allow bind on rolebindings.rbac.authorization.k8s.io
        }
        """
    let goodExample = """
        role ops in shop {
          allow get, list on rolebindings.rbac.authorization.k8s.io
        }
        """

    static let verbs = ["bind", "escalate", "impersonate"]

    func check(_ context: LintContext) -> [LintFinding] {
        context.model.rbacRoles.flatMap { role in
            role.effectiveRules.compactMap { rule -> LintFinding? in
                let found = Self.verbs.filter(rule.verbs.contains)
                guard !found.isEmpty else { return nil }
                return finding("\(role.reference.kind.lowercased()) '\(role.name)' grants '\(found.joined(separator: "', '"))'",
                               at: rule.range)
            }
        }
    }
}
