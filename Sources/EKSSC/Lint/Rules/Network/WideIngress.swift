/// EKS-NET-001: ingress from `0.0.0.0/0` or any CIDR wider than /8.
struct WideIngress: LintRule {
    let id = "EKS-NET-001"
    let name = "WideIngress"
    let defaultSeverity = Severity.warning
    let title = "A tier accepts traffic from 0.0.0.0/0 or a CIDR wider than /8"
    let rationale = """
        An ipBlock that wide admits most of the internet (or, from inside, every pod and node) and \
        undoes the default deny (EKS Best Practices Guide, Network security, "Create a default deny \
        policy" and "Create a rule to allow ingress from known sources"; Kubernetes docs, "Network Policies").
        """
    let fix = "name the load balancer's or the partner's CIDR, or flow from a tier"
    let badExample = """
        flow cidr "0.0.0.0/0" -> web on tcp/8443
        """
    let goodExample = """
        flow cidr "10.0.0.0/16" -> web on tcp/8443
        """

    func check(_ context: LintContext) -> [LintFinding] {
        context.model.flows.compactMap { flow in
            guard case .cidr(let block) = flow.source, case .tier(let tier) = flow.destination,
                  let cidr = CIDR.parse(block.cidr).value, cidr.prefixLength < 8 else { return nil }
            return finding("tier '\(tier)' accepts traffic from '\(block.cidr)'", at: flow.range)
        }
    }
}
