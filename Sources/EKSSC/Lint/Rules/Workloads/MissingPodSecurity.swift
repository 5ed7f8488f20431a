/// EKS-POD-002: a namespace that runs apps without a Pod Security level.
struct MissingPodSecurity: LintRule {
    let id = "EKS-POD-002"
    let name = "MissingPodSecurity"
    let defaultSeverity = Severity.warning
    let title = "A namespace that runs apps has no 'pod-security' level"
    let rationale = """
        Without Pod Security Admission labels a namespace admits any pod, including privileged ones \
        (Kubernetes docs, "Enforce Pod Security Standards with namespace labels"; EKS Best Practices \
        Guide, Pod security). Every application namespace should enforce at least 'baseline'.
        """
    let fix = "add 'pod-security restricted' to the namespace"
    let badExample = """
        namespace billing
        app invoices in billing { }
        """
    let goodExample = """
        namespace billing { pod-security restricted }
        app invoices in billing { }
        """

    func check(_ context: LintContext) -> [LintFinding] {
        let used = Set(context.model.apps.map(\.namespace))
        return context.model.namespaces.filter { $0.podSecurity == nil && used.contains($0.name) }.map { namespace in
            finding("namespace '\(namespace.name)' runs apps but sets no 'pod-security' level",
                    at: context.sources.namespaceName(namespace))
        }
    }
}
