/// Semantic analysis: checks a syntax tree and turns it into the typed `SecurityModel`.
///
/// Order-independent: every declaration is collected first, then references are resolved, so a
/// declaration may refer to one written later. All problems are reported in one run. Constants
/// and templates are expanded first (`ReuseExpansion`), so every check sees the substituted text.
enum SemanticAnalyzer {
    static func analyze(_ syntax: SourceFileSyntax) -> AnalysisResult {
        let expanded = ReuseExpansion.expand(syntax)
        let analysis = Analysis(expanded.syntax, constantUses: expanded.provenance.constantUses)
        let model = analysis.run()
        let diagnostics = expanded.diagnostics + analysis.diagnostics
        return AnalysisResult(model: diagnostics.hasErrors ? nil : model, diagnostics: diagnostics,
                              syntax: expanded.syntax, provenance: expanded.provenance)
    }
}

/// The outcome of semantic analysis.
struct AnalysisResult: Sendable {
    /// Nil when any error was found.
    var model: SecurityModel?
    /// In the order found (`BuildResult` sorts them); without the notes of `provenance` (the
    /// caller adds them to every diagnostic of the run at once).
    var diagnostics: [Diagnostic]
    /// The tree analysed: constants substituted, templates merged.
    var syntax: SourceFileSyntax
    /// Where substituted values and merged settings came from.
    var provenance: ReuseProvenance

    init(model: SecurityModel?, diagnostics: [Diagnostic], syntax: SourceFileSyntax = SourceFileSyntax(declarations: []),
         provenance: ReuseProvenance = ReuseProvenance()) {
        self.model = model
        self.diagnostics = diagnostics
        self.syntax = syntax
        self.provenance = provenance
    }
}
