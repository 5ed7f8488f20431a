/// The library's front door: `compile` takes a source to a `Compilation` (files, diagnostics,
/// lint report, verification, model); `check` stops before the passes. Nothing here prints,
/// exits, reads the environment or touches the file system (`Compilation.write` does, when
/// called). The internal `check(_:lint:)` and `build(_:lint:)` are the stages `compile` runs.
public enum Compiler {
    /// Lexes, parses and analyses a source file, runs the model checks (`ModelChecks`: IAM
    /// limits, role and output name collisions), then the lint rules (`lint`; nil: none) on a
    /// model without errors. Semantic analysis runs on every declaration that parsed, even when
    /// others did not, so one run reports every independent error; the errors that follow from
    /// a syntax error (an "undefined" name a broken declaration declared, a setting that was
    /// skipped) are left out (`SyntaxErrorCascade`). A file with syntax errors has no model.
    /// `build` runs exactly this first, so both reject the same files. Unwaived findings are
    /// among the diagnostics; `lint` has every finding, waived ones included.
    static func check(_ file: SourceFile, lint: LintConfiguration? = LintConfiguration()) -> FrontEndResult {
        let parsed = Parser.parse(file)
        guard !parsed.diagnostics.hasErrors else {
            // A file refused as a whole (too large, too many errors) has nothing left to analyse.
            let stopped = parsed.diagnostics.contains {
                $0.id == SyntaxDiagnostic.fileTooLarge.id || $0.id == SyntaxDiagnostic.tooManyErrors.id
            }
            let semantic = stopped ? [] : SyntaxErrorCascade.independent(
                SemanticAnalyzer.analyze(parsed.syntax).diagnostics, damage: parsed.damage, in: file)
            return FrontEndResult(model: nil, diagnostics: (parsed.diagnostics + semantic).sortedForDisplay())
        }
        let analysis = SemanticAnalyzer.analyze(parsed.syntax)
        var diagnostics = parsed.diagnostics + analysis.diagnostics
        guard let model = analysis.model else {
            return FrontEndResult(model: nil, diagnostics: diagnostics.sortedForDisplay())
        }
        diagnostics += ModelChecks.diagnostics(for: model)
        var report: LintReport?
        if let lint, !diagnostics.hasErrors {
            let linted = LintRunner.run(model, syntax: parsed.syntax, configuration: lint)
            diagnostics += linted.diagnostics
            report = linted
        }
        return FrontEndResult(model: diagnostics.hasErrors ? nil : model, diagnostics: diagnostics.sortedForDisplay(),
                              lint: report)
    }

    /// The front end, then every pass. `artifacts` is nil when any error was found (a lint
    /// finding at level error included).
    static func build(_ file: SourceFile, lint: LintConfiguration? = LintConfiguration()) -> BuildResult {
        lower(check(file, lint: lint), of: file)
    }

    /// Every pass over the front end's model (`build` after `check`).
    static func lower(_ frontEnd: FrontEndResult, of file: SourceFile) -> BuildResult {
        guard let model = frontEnd.model else {
            return BuildResult(artifacts: nil, diagnostics: frontEnd.diagnostics, lint: frontEnd.lint)
        }
        let sourceName = file.path.split(separator: "/").last.map(String.init) ?? file.path
        let lowered = PassPipeline.run(model, sourceName: sourceName)
        let diagnostics = (frontEnd.diagnostics + lowered.diagnostics).sortedForDisplay()
        return BuildResult(artifacts: diagnostics.hasErrors ? nil : lowered.artifacts, diagnostics: diagnostics,
                           lint: frontEnd.lint, model: model)
    }
}
