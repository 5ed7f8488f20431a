/// One security rule of the catalog: what it looks for, why, and how to fix it.
///
/// A rule reads the typed model (and the syntax, for exact ranges) and reports findings at the
/// source range of the offending statement. Rules never print; the runner applies levels and
/// waivers. Each rule lives in its own file under `Lint/Rules/` and is listed in `LintCatalog`.
protocol LintRule: Sendable {
    /// Stable id, `EKS-<AREA>-<NNN>`: never reused for another meaning.
    var id: String { get }
    /// A short PascalCase name (SARIF `name`), e.g. `WildcardAction`.
    var name: String { get }
    var defaultSeverity: Severity { get }
    /// One line: what the rule finds.
    var title: String { get }
    /// Why it matters, citing the guide section or AWS/Kubernetes documentation it comes from.
    var rationale: String { get }
    /// What to write instead.
    var fix: String { get }
    /// A `.sec` excerpt that the rule reports, and the corrected excerpt (docs/rules.md).
    var badExample: String { get }
    var goodExample: String { get }

    func check(_ context: LintContext) -> [LintFinding]
}

extension LintRule {
    /// The anchor of the rule's section in docs/rules.md.
    var helpAnchor: String { id.lowercased() }

    /// A finding of this rule.
    func finding(_ message: String, at range: SourceRange, hint: String? = nil,
                 notes: [DiagnosticNote] = []) -> LintFinding {
        LintFinding(ruleID: id, message: message, range: range, hint: hint ?? fix, notes: notes)
    }
}

/// What a rule reports: a message at a source range. The level comes from the configuration.
struct LintFinding: Sendable, Hashable {
    var ruleID: String
    var message: String
    var range: SourceRange
    var hint: String?
    var notes: [DiagnosticNote]

    init(ruleID: String, message: String, range: SourceRange, hint: String? = nil, notes: [DiagnosticNote] = []) {
        self.ruleID = ruleID
        self.message = message
        self.range = range
        self.hint = hint
        self.notes = notes
    }
}
