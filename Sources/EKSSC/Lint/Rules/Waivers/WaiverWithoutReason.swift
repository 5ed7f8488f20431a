/// EKS-WAIVE-001: `waive` with no reason. Computed by `LintRunner` from the waivers.
struct WaiverWithoutReason: LintRule {
    let id = "EKS-WAIVE-001"
    let name = "WaiverWithoutReason"
    let defaultSeverity = Severity.warning
    let title = "A waiver gives no reason"
    let rationale = """
        A waiver records a risk a team has accepted. Without the reason (who accepted it, why, until \
        when) a reviewer cannot tell an accepted risk from a silenced one.
        """
    let fix = "add the reason in quotes: waive EKS-RBAC-004 \"break-glass admin, reviewed 2026-11\""
    let badExample = """
        clusterrole break-glass {
          allow get on secrets
          waive EKS-RBAC-004
        }
        """
    let goodExample = """
        clusterrole break-glass {
          allow get on secrets
          waive EKS-RBAC-004 "break-glass admin, reviewed 2026-11"
        }
        """

    func check(_ context: LintContext) -> [LintFinding] { [] }
}
