/// A stage's catalog of diagnostics: one `String`-backed case per message the stage can emit.
///
/// The raw value is the name part of `Diagnostic.id`; `stage` is the prefix. The test suite walks
/// `allCases` of every catalog and requires a fixture per id.
protocol DiagnosticCatalog: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    static var stage: String { get }
}

extension DiagnosticCatalog {
    /// The full id, `"<stage>.<name>"`.
    var id: String { "\(Self.stage).\(rawValue)" }

    /// Makes a diagnostic of this catalog entry.
    func callAsFunction(
        _ severity: Severity, _ message: String, at range: SourceRange,
        notes: [DiagnosticNote] = [], hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(id: id, severity: severity, message: message, range: range, notes: notes, hint: hint)
    }
}
