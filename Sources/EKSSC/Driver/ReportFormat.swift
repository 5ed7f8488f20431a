/// How `Compilation.verificationReport` writes the verification.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Findings, then the reachability matrix when asked for.
    case text
    /// One JSON document.
    case json
}
