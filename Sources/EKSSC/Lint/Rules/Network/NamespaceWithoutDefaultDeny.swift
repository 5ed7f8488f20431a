/// EKS-NET-005: a namespace that runs apps or secret stores but gets no default-deny policy.
struct NamespaceWithoutDefaultDeny: LintRule {
    let id = "EKS-NET-005"
    let name = "NamespaceWithoutDefaultDeny"
    let defaultSeverity = Severity.warning
    let title = "A namespace runs workloads without a default-deny NetworkPolicy"
    let rationale = """
        Without a default-deny policy every pod of the namespace accepts traffic from every pod of \
        the cluster (EKS Best Practices Guide, Network security, "Create a default deny policy"). \
        ekssc writes one for each namespace that declares a tier.
        """
    let fix = "declare the namespace's tiers and flows (a tier gives the namespace its default deny)"
    let badExample = """
        namespace billing { pod-security restricted }
        app invoices in billing { }
        """
    let goodExample = """
        namespace billing { pod-security restricted }
        tier invoices in billing
        app invoices in billing { tier invoices }
        flow web -> billing/invoices on tcp/8080
        """

    /// Namespaces whose NetworkPolicies deny by default: today, those that declare a tier.
    static func deniedByDefault(_ model: SecurityModel) -> Set<String> {
        Set(model.tiers.map(\.id.namespace))
    }

    func check(_ context: LintContext) -> [LintFinding] {
        let model = context.model
        let denied = Self.deniedByDefault(model)
        let workloads = Set(model.apps.map(\.namespace))
        return model.namespaces.filter { workloads.contains($0.name) && !denied.contains($0.name) }.map { namespace in
            finding("namespace '\(namespace.name)' runs apps but has no tier, so no default-deny NetworkPolicy",
                    at: context.sources.namespaceName(namespace))
        }
    }
}
