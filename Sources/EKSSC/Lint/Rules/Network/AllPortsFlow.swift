/// EKS-NET-003: a flow without `on`: every port and protocol.
struct AllPortsFlow: LintRule {
    let id = "EKS-NET-003"
    let name = "AllPortsFlow"
    let defaultSeverity = Severity.note
    let title = "A flow allows every port and protocol"
    let rationale = """
        A flow without ports opens every listening port of the destination, including debug and \
        admin endpoints (EKS Best Practices Guide, Network security, "Create a rule to allow ingress \
        from known sources"; Kubernetes docs, "Network Policies: Targeting a range of ports").
        """
    let fix = "add 'on tcp/PORT' with the ports the destination serves"
    let badExample = """
        flow web -> db
        """
    let goodExample = """
        flow web -> db on tcp/5432
        """

    func check(_ context: LintContext) -> [LintFinding] {
        context.model.flows.filter(\.ports.isEmpty).map { flow in
            finding("flow from \(FlowCIDRs.describe(flow.source)) to \(FlowCIDRs.describe(flow.destination)) allows every port",
                    at: flow.range)
        }
    }
}
