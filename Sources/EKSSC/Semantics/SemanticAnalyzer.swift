/// Semantic analysis: checks a syntax tree and turns it into the typed `SecurityModel`.
///
/// Order-independent: every declaration is collected first, then references are resolved, so a
/// declaration may refer to one written later. All problems are reported in one run.
enum SemanticAnalyzer {
    static func analyze(_ syntax: SourceFileSyntax) -> AnalysisResult {
        let analysis = Analysis(syntax)
        let model = analysis.run()
        let diagnostics = analysis.diagnostics
        return AnalysisResult(model: diagnostics.hasErrors ? nil : model, diagnostics: diagnostics)
    }
}

/// The outcome of semantic analysis.
struct AnalysisResult: Sendable {
    /// Nil when any error was found.
    var model: SecurityModel?
    /// In the order found (`BuildResult` sorts them).
    var diagnostics: [Diagnostic]

    init(model: SecurityModel?, diagnostics: [Diagnostic]) {
        self.model = model
        self.diagnostics = diagnostics
    }
}
