/// The library's front door: source in, model or build artifacts and diagnostics out.
/// Nothing here prints, exits or touches the file system.
public enum Compiler {
    /// Lexes, parses and analyses a source file. Semantic analysis runs only on a file without
    /// syntax errors, so a broken declaration never cascades into "undefined" errors elsewhere.
    public static func check(_ file: SourceFile) -> FrontEndResult {
        let parsed = Parser.parse(file)
        guard !parsed.diagnostics.hasErrors else {
            return FrontEndResult(model: nil, diagnostics: parsed.diagnostics.sortedForDisplay())
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
        return BuildResult(artifacts: diagnostics.hasErrors ? nil : lowered.artifacts, diagnostics: diagnostics,
                           model: model)
    }
}
