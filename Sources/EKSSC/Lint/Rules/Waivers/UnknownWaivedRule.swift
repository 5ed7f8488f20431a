/// EKS-WAIVE-002: `waive` names no rule of the catalog. Computed by `LintRunner`.
struct UnknownWaivedRule: LintRule {
    let id = "EKS-WAIVE-002"
    let name = "UnknownWaivedRule"
    let defaultSeverity = Severity.warning
    let title = "A waiver names a rule that does not exist"
    let rationale = """
        A misspelt rule id waives nothing, so the finding it was meant for still shows, or worse, the \
        waiver outlives a renamed rule unnoticed. Waiver rules (EKS-WAIVE-*) cannot themselves be waived.
        """
    let fix = "use an id from docs/rules.md"
    let badExample = """
        clusterrole break-glass {
          allow get on secrets
          waive EKS-RBAC-04 "break-glass admin, reviewed 2026-11"
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
