/// EKS-RBAC-005: a binding to `system:anonymous`, `system:unauthenticated` or `system:authenticated`.
struct BroadSubjectBinding: LintRule {
    let id = "EKS-RBAC-005"
    let name = "BroadSubjectBinding"
    let defaultSeverity = Severity.error
    let title = "A role is bound to anonymous, unauthenticated or all authenticated users"
    let rationale = """
        system:anonymous and system:unauthenticated are every caller without credentials; \
        system:authenticated is every IAM identity that can get a token for the cluster, in any \
        account (EKS Best Practices Guide, Identity and Access Management, "Review and revoke \
        unnecessary anonymous access"; Kubernetes docs, "RBAC good practices").
        """
    let fix = "bind a named group or ServiceAccount instead"
    let badExample = """
        clusterrole status {
          allow get on "/healthz"
          bind group system:authenticated
        }
        """
    let goodExample = """
        clusterrole status {
          allow get on "/healthz"
          bind group monitoring
        }
        """

    static let subjects = ["system:anonymous", "system:authenticated", "system:unauthenticated"]

    func check(_ context: LintContext) -> [LintFinding] {
        context.model.rbacBindings.flatMap { binding in
            binding.subjects.compactMap { subject -> LintFinding? in
                let name: String
                switch subject {
                case .group(let group): name = group
                case .user(let user): name = user
                case .serviceAccount: return nil
                }
                guard Self.subjects.contains(name) else { return nil }
                let scope = binding.namespace.map { "in namespace '\($0)'" } ?? "cluster-wide"
                return finding("\(binding.role.kind.lowercased()) '\(binding.role.name)' is bound to '\(name)' \(scope)",
                               at: binding.range)
            }
        }
    }
}
