/// EKS-NET-005: a namespace that runs apps or secret stores but gets no default-deny policy.
struct NamespaceWithoutDefaultDeny: LintRule {
    let id = "EKS-NET-005"
    let name = "NamespaceWithoutDefaultDeny"
    let defaultSeverity = Severity.warning
    let title = "A namespace runs workloads without a default-deny NetworkPolicy"
    let rationale = """
        Without a default-deny policy every pod of the namespace accepts traffic from every pod of \
        the cluster (EKS Best Practices Guide, Network security, "Create a default deny policy"). \
        ekssc writes one for each namespace that runs workloads, unless it says `isolation off`.
        """
    let fix = "remove 'isolation off' and declare the tiers and flows the namespace's pods need"
    let badExample = """
        namespace billing { pod-security restricted; isolation off }
        app invoices in billing { }
        """
    let goodExample = """
        namespace billing { pod-security restricted }
        tier invoices in billing
        app invoices in billing { tier invoices }
        flow web -> billing/invoices on tcp/8080
        """

    /// Namespaces whose NetworkPolicies deny by default: the ones the NetworkPolicy pass isolates.
    static func deniedByDefault(_ model: SecurityModel) -> Set<String> {
        Set(NetworkPolicyPass.isolatedNamespaces(of: model))
    }

    func check(_ context: LintContext) -> [LintFinding] {
        let model = context.model
        let denied = Self.deniedByDefault(model)
        let workloads = Set(model.apps.map(\.namespace))
        return model.namespaces.filter { workloads.contains($0.name) && !denied.contains($0.name) }.map { namespace in
            finding("namespace '\(namespace.name)' runs apps but says 'isolation off', so it gets no default-deny NetworkPolicy",
                    at: context.sources.namespaceName(namespace))
        }
    }
}
