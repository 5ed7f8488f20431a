/// EKS-RBAC-001: `*` verbs or resources in a role.
struct WildcardRBAC: LintRule {
    let id = "EKS-RBAC-001"
    let name = "WildcardRBAC"
    let defaultSeverity = Severity.warning
    let title = "An RBAC rule grants '*' verbs or '*' resources"
    let rationale = """
        Wildcards grant every verb or resource, including ones added by future API versions and \
        CRDs (Kubernetes docs, "RBAC good practices: Least privilege"; EKS Best Practices Guide, \
        Identity and Access Management, "Employ least privileged access").
        """
    let fix = "list the verbs and resources the subject needs"
    let badExample = """
        role deployer in shop {
          allow * on deployments.apps
        }
        """
    let goodExample = """
        role deployer in shop {
          allow get, list, watch, update, patch on deployments.apps
        }
        """

    func check(_ context: LintContext) -> [LintFinding] {
        context.model.rbacRoles.flatMap { role in
            role.effectiveRules.compactMap { rule -> LintFinding? in
                var what: [String] = []
                if rule.verbs.contains("*") { what.append("every verb") }
                if rule.resources.contains(where: { $0 == "*" || $0.hasPrefix("*/") }) || rule.apiGroups.contains("*") {
                    what.append("every resource")
                }
                guard !what.isEmpty else { return nil }
                return finding("\(role.reference.kind.lowercased()) '\(role.name)' grants \(what.joined(separator: " on "))",
                               at: rule.range)
            }
        }
    }
}
