/// EKS-ID-005: an IAM user, or a role that is not a node role, in `system:nodes`.
struct HumanInSystemNodes: LintRule {
    let id = "EKS-ID-005"
    let name = "HumanInSystemNodes"
    let defaultSeverity = Severity.error
    let title = "A user or non-node role is in the 'system:nodes' group"
    let rationale = """
        system:nodes is the group of kubelets; the Node authorizer lets its members read Secrets of \
        pods scheduled to them and modify node objects (Kubernetes docs, "Using Node Authorization"). \
        Only node instance roles belong there, and 'nodes' maps them.
        """
    let fix = "list node roles under 'nodes \"ARN\"' and give people ordinary groups"
    let badExample = """
        user jane "arn:aws:iam::123456789012:user/jane" {
          groups system:nodes
        }
        """
    let goodExample = """
        user jane "arn:aws:iam::123456789012:user/jane" {
          groups developers
        }
        """

    func check(_ context: LintContext) -> [LintFinding] {
        let nodeRoles = Set(context.model.nodeRoles.map(\.arn))
        return context.model.principals.filter { $0.groups.contains("system:nodes") && !nodeRoles.contains($0.arn) }.map { principal in
            finding("\(principal.kind.rawValue) '\(principal.name)' is in 'system:nodes'",
                    at: context.sources.group("system:nodes", of: principal))
        }
    }
}
