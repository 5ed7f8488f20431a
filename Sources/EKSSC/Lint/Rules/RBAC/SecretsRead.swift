/// EKS-RBAC-004: read access to every Secret of a namespace or of the cluster.
struct SecretsRead: LintRule {
    let id = "EKS-RBAC-004"
    let name = "SecretsRead"
    let defaultSeverity = Severity.warning
    let title = "An RBAC rule reads every Secret of a namespace or of the cluster"
    let rationale = """
        get, list or watch on secrets without resource names exposes every credential in scope, \
        including ServiceAccount tokens; 'list' and 'watch' return Secret contents too (Kubernetes \
        docs, "RBAC good practices: Listing secrets"; EKS Best Practices Guide, Identity and Access \
        Management).
        """
    let fix = "name the Secrets the subject needs: allow get on secrets named \"app-config\""
    let badExample = """
        role reader in shop {
          allow get, list on secrets
        }
        """
    let goodExample = """
        role reader in shop {
          allow get on secrets named "shop-db"
        }
        """

    static let readVerbs = ["*", "get", "list", "watch"]

    func check(_ context: LintContext) -> [LintFinding] {
        let clusterWide = Set(context.model.rbacBindings.filter(\.isClusterRoleBinding).map(\.role))
        return context.model.rbacRoles.flatMap { role in
            role.effectiveRules.compactMap { rule -> LintFinding? in
                guard rule.resourceNames.isEmpty, rule.verbs.contains(where: Self.readVerbs.contains),
                      rule.apiGroups.contains("") || rule.apiGroups.contains("*"),
                      rule.resources.contains("secrets") || rule.resources.contains("*") else { return nil }
                let scope = switch (role.namespace, clusterWide.contains(role.reference)) {
                case (let namespace?, _): "every Secret in '\(namespace)'"
                case (nil, true): "every Secret of the cluster (bound cluster-wide)"
                case (nil, false): "every Secret of each namespace it is bound in"
                }
                return finding("\(role.reference.kind.lowercased()) '\(role.name)' reads \(scope)", at: rule.range)
            }
        }
    }
}
