/// The library's front door: source in, model or build artifacts and diagnostics out.
/// Nothing here prints, exits or touches the file system.
public enum Compiler {
    /// Lexes, parses and analyses a source file. Semantic analysis runs on every declaration
    /// that parsed, even when others did not, so one run reports every independent error; the
    /// errors that follow from a syntax error (an "undefined" name a broken declaration
    /// declared, a setting that was skipped) are left out (`SyntaxErrorCascade`). A file with
    /// syntax errors has no model.
    public static func check(_ file: SourceFile) -> FrontEndResult {
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
        return FrontEndResult(model: analysis.model,
                              diagnostics: (parsed.diagnostics + analysis.diagnostics).sortedForDisplay())
    }

    /// The front end, then every pass. `artifacts` is nil when any error was found.
    public static func build(_ file: SourceFile) -> BuildResult {
        let frontEnd = check(file)
        guard let model = frontEnd.model else {
            return BuildResult(artifacts: nil, diagnostics: frontEnd.diagnostics)
        }
        let lowered = PassPipeline.run(model)
        let diagnostics = (frontEnd.diagnostics + lowered.diagnostics).sortedForDisplay()
        return BuildResult(artifacts: diagnostics.hasErrors ? nil : lowered.artifacts, diagnostics: diagnostics)
    }
}
