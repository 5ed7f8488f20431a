/// EKS-ID-003: a user or role of another AWS account mapped into the cluster.
struct CrossAccountPrincipal: LintRule {
    let id = "EKS-ID-003"
    let name = "CrossAccountPrincipal"
    let defaultSeverity = Severity.warning
    let title = "A principal of another AWS account is mapped into the cluster"
    let rationale = """
        A principal in another account is governed by that account's administrators: whoever can \
        assume or edit it there gets this cluster's access (EKS User Guide, "Grant IAM users and \
        roles access to Kubernetes APIs"; IAM User Guide, "Cross account resource access").
        """
    let fix = "map a role of the cluster's account that the other account may assume, with conditions"
    let badExample = """
        iam-role auditor "arn:aws:iam::210987654321:role/auditor" {
          groups viewers
        }
        """
    let goodExample = """
        iam-role auditor "arn:aws:iam::123456789012:role/auditor" {
          groups viewers
        }
        """

    func check(_ context: LintContext) -> [LintFinding] {
        let account = context.model.cluster.account
        return context.model.principals.filter { $0.arn.account != account }.map { principal in
            finding("'\(principal.name)' is in account \(principal.arn.account), not the cluster's \(account)",
                    at: context.sources.arn(of: principal))
        }
    }
}
