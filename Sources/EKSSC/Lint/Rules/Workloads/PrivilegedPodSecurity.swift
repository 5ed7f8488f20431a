/// EKS-POD-001: a namespace that enforces `pod-security privileged`.
struct PrivilegedPodSecurity: LintRule {
    let id = "EKS-POD-001"
    let name = "PrivilegedPodSecurity"
    let defaultSeverity = Severity.warning
    let title = "A namespace enforces the 'privileged' Pod Security Standard"
    let rationale = """
        The privileged profile allows host namespaces, host paths and privileged containers, which \
        give a pod the node (Kubernetes docs, "Pod Security Standards"; EKS Best Practices Guide, \
        Pod security, "Use Pod Security Admission"). Only system namespaces that run node agents need it.
        """
    let fix = "use 'pod-security restricted' (or 'baseline' for workloads that cannot run restricted)"
    let badExample = """
        namespace legacy { pod-security privileged }
        """
    let goodExample = """
        namespace legacy { pod-security baseline }
        """

    func check(_ context: LintContext) -> [LintFinding] {
        context.model.namespaces.filter { $0.podSecurity == .privileged }.map { namespace in
            finding("namespace '\(namespace.name)' allows privileged pods",
                    at: context.sources.podSecurity(of: namespace))
        }
    }
}
