/// The library's front door: source in, model or build artifacts and diagnostics out.
/// Nothing here prints, exits or touches the file system.
public enum Compiler {
    /// Lexes, parses and analyses a source file, then runs the lint rules (`lint`; nil: none) on
    /// a model without errors. Semantic analysis runs only on a file without syntax errors, so a
    /// broken declaration never cascades into "undefined" errors elsewhere. Unwaived findings
    /// are among the diagnostics; `lint` has every finding, waived ones included.
    public static func check(_ file: SourceFile, lint: LintConfiguration? = LintConfiguration()) -> FrontEndResult {
        let parsed = Parser.parse(file)
        guard !parsed.diagnostics.hasErrors else {
            return FrontEndResult(model: nil, diagnostics: parsed.diagnostics.sortedForDisplay())
        }
        let analysis = SemanticAnalyzer.analyze(parsed.syntax)
        var diagnostics = parsed.diagnostics + analysis.diagnostics
        var report: LintReport?
        if let lint, let model = analysis.model, !diagnostics.hasErrors {
            let linted = LintRunner.run(model, syntax: parsed.syntax, configuration: lint)
            diagnostics += linted.diagnostics
            report = linted
        }
        return FrontEndResult(model: analysis.model, diagnostics: diagnostics.sortedForDisplay(), lint: report)
    }

    /// The front end, then every pass. `artifacts` is nil when any error was found (a lint
    /// finding at level error included).
    public static func build(_ file: SourceFile, lint: LintConfiguration? = LintConfiguration()) -> BuildResult {
        let frontEnd = check(file, lint: lint)
        guard let model = frontEnd.model else {
            return BuildResult(artifacts: nil, diagnostics: frontEnd.diagnostics, lint: frontEnd.lint)
        }
        let lowered = PassPipeline.run(model)
        let diagnostics = (frontEnd.diagnostics + lowered.diagnostics).sortedForDisplay()
        return BuildResult(artifacts: diagnostics.hasErrors ? nil : lowered.artifacts, diagnostics: diagnostics,
                           lint: frontEnd.lint)
    }
}
