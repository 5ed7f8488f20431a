/// A waiver that accepted a finding: its reason and where it is written.
public struct AppliedWaiver: Sendable, Hashable {
    /// Why the finding was accepted, as written in the `waive` statement.
    public var reason: String
    /// Where the `waive` statement is.
    public var range: SourceRange

    init(reason: String, range: SourceRange) {
        self.reason = reason
        self.range = range
    }
}

/// One finding at its configured level, waived or not.
public struct LintResult: Sendable, Hashable {
    var finding: LintFinding
    /// The level the configuration gives the finding's rule.
    public var severity: Severity
    /// Set when a `waive` statement accepted the finding: it is then not a diagnostic, but SARIF
    /// still lists it as suppressed.
    public var waiver: AppliedWaiver?

    init(finding: LintFinding, severity: Severity, waiver: AppliedWaiver? = nil) {
        self.finding = finding
        self.severity = severity
        self.waiver = waiver
    }

    /// The finding as a compiler diagnostic (`... [EKS-IAM-003]`).
    public var diagnostic: Diagnostic {
        Diagnostic(id: "lint.\(finding.ruleID)", severity: severity, message: finding.message, range: finding.range,
                   notes: finding.notes, hint: finding.hint, ruleID: finding.ruleID)
    }
}

/// Every finding of one lint run, sorted by position, then rule and message.
public struct LintReport: Sendable {
    /// Every finding, waived ones included, sorted by position.
    public var results: [LintResult]

    init(results: [LintResult]) {
        self.results = results.sorted {
            ($0.finding.range.start, $0.finding.range.end, $0.finding.ruleID, $0.finding.message)
                < ($1.finding.range.start, $1.finding.range.end, $1.finding.ruleID, $1.finding.message)
        }
    }

    /// The findings no waiver accepted, as diagnostics.
    public var diagnostics: [Diagnostic] {
        results.filter { $0.waiver == nil }.map(\.diagnostic)
    }
}
