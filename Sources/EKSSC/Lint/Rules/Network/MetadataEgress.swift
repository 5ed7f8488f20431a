/// EKS-NET-004: egress that reaches the EC2 instance metadata service.
struct MetadataEgress: LintRule {
    let id = "EKS-NET-004"
    let name = "MetadataEgress"
    let defaultSeverity = Severity.warning
    let title = "A tier may send traffic to the instance metadata service (169.254.169.254)"
    let rationale = """
        The instance metadata service hands out the node role's credentials; pods should not reach \
        it (EKS Best Practices Guide, Identity and Access Management, "Restrict access to the \
        instance profile assigned to the worker node").
        """
    let fix = "carve it out: except \"169.254.169.254/32\", or name the CIDRs the tier needs; IRSA and Pod Identity replace the node's credentials"
    let badExample = """
        flow web -> cidr "0.0.0.0/0" on tcp/443
        """
    let goodExample = """
        flow web -> cidr "0.0.0.0/0" except "169.254.169.254/32" on tcp/443
        """

    func check(_ context: LintContext) -> [LintFinding] {
        context.model.flows.compactMap { flow in
            guard case .tier(let tier) = flow.source, case .cidr(let block) = flow.destination,
                  let address = InstanceMetadataEgress.opened(by: block) else { return nil }
            return finding("tier '\(tier)' may reach the instance metadata service \(address) through '\(block.cidr)'",
                           at: flow.range)
        }
    }
}
