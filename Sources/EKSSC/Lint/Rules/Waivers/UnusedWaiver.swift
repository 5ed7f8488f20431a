/// EKS-WAIVE-003: a waiver whose rule finds nothing in its declaration. Computed by `LintRunner`.
struct UnusedWaiver: LintRule {
    let id = "EKS-WAIVE-003"
    let name = "UnusedWaiver"
    let defaultSeverity = Severity.warning
    let title = "A waiver waives nothing"
    let rationale = """
        A waiver left behind after the risk was fixed would silently accept the risk if it came back. \
        Every waiver must match a finding of its rule within its declaration.
        """
    let fix = "remove the waiver"
    let badExample = """
        clusterrole reader {
          allow get on configmaps
          waive EKS-RBAC-004 "reads secrets, reviewed 2026-11"
        }
        """
    let goodExample = """
        clusterrole reader {
          allow get on configmaps
        }
        """

    func check(_ context: LintContext) -> [LintFinding] { [] }
}
