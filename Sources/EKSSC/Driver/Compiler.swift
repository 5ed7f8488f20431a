/// The library's front door: `compile` takes sources to a `Compilation` (files, diagnostics,
/// lint report, verification, model); `check` stops before the passes. Nothing here prints,
/// exits, reads the environment or touches the file system (`Compilation.write` does, when
/// called). The internal `check(_:lint:)` and `build(_:lint:)` are the stages `compile` runs.
///
/// Several files are one program: each is parsed on its own (at its own global offset, see
/// `SourceSet`), their declarations are put together, and names resolve across files.
public enum Compiler {
    /// Lexes, parses and analyses the sources, runs the model checks (`ModelChecks`: IAM
    /// limits, role and output name collisions), then the lint rules (`lint`; nil: none) on a
    /// model without errors. Semantic analysis runs on every declaration that parsed, even when
    /// others did not, so one run reports every independent error; the errors that follow from
    /// a syntax error (an "undefined" name a broken declaration declared, a setting that was
    /// skipped) are left out (`SyntaxErrorCascade`). Sources with syntax errors have no model.
    /// `build` runs exactly this first, so both reject the same files. Unwaived findings are
    /// among the diagnostics; `lint` has every finding, waived ones included.
    static func check(_ sources: SourceSet, lint: LintConfiguration? = LintConfiguration()) -> BuildResult {
        let frontEnd = frontEnd(sources, lint: lint)
        return BuildResult(artifacts: nil, diagnostics: frontEnd.diagnostics, lint: frontEnd.lint,
                           model: frontEnd.model, sources: sources)
    }

    /// The front end, then every pass. `artifacts` is nil when any error was found (a lint
    /// finding at level error included).
    static func build(_ sources: SourceSet, lint: LintConfiguration? = LintConfiguration()) -> BuildResult {
        lower(frontEnd(sources, lint: lint), of: sources)
    }

    /// Every pass over the front end's model (`build` after the front end).
    static func lower(_ frontEnd: FrontEndResult, of sources: SourceSet) -> BuildResult {
        guard let model = frontEnd.model else {
            return BuildResult(artifacts: nil, diagnostics: frontEnd.diagnostics, lint: frontEnd.lint, sources: sources)
        }
        let lowered = PassPipeline.run(model)
        let diagnostics = frontEnd.diagnostics + lowered.diagnostics
        return BuildResult(artifacts: diagnostics.hasErrors ? nil : lowered.artifacts, diagnostics: diagnostics,
                           lint: frontEnd.lint, model: model, sources: sources)
    }

    /// `check` of one file on its own (base 0).
    static func check(_ file: SourceFile, lint: LintConfiguration? = LintConfiguration()) -> BuildResult {
        check(SourceSet(single: file), lint: lint)
    }

    /// `build` of one file on its own (base 0).
    static func build(_ file: SourceFile, lint: LintConfiguration? = LintConfiguration()) -> BuildResult {
        build(SourceSet(single: file), lint: lint)
    }

    /// The stages before the passes; diagnostics in the order found (`BuildResult` sorts them).
    static func frontEnd(_ sources: SourceSet, lint: LintConfiguration?) -> FrontEndResult {
        let parsed = ParseResult.merging(sources.files.concurrentMap { Parser.parse($0) })
        guard !parsed.diagnostics.hasErrors else {
            // A file refused as a whole (too large, too many errors) leaves nothing to analyse.
            let stopped = parsed.diagnostics.contains {
                $0.id == SyntaxDiagnostic.fileTooLarge.id || $0.id == SyntaxDiagnostic.tooManyErrors.id
            }
            let analysis = stopped ? nil : SemanticAnalyzer.analyze(parsed.syntax)
            let semantic = analysis.map {
                $0.provenance.annotate(SyntaxErrorCascade.independent($0.diagnostics, damage: parsed.damage, in: sources))
            } ?? []
            return FrontEndResult(model: nil, diagnostics: parsed.diagnostics + semantic)
        }
        let analysis = SemanticAnalyzer.analyze(parsed.syntax)
        var diagnostics = parsed.diagnostics + analysis.diagnostics
        guard let model = analysis.model else {
            return FrontEndResult(model: nil, diagnostics: analysis.provenance.annotate(diagnostics))
        }
        // The model checks and the lint rules read the model only: they run side by side, and
        // the lint report is kept only when no error precedes it (as if run one after the other).
        let syntax = analysis.syntax
        let stages: [FrontEndStage] = [.modelChecks, .lint]
        let results = stages.concurrentMap { stage -> FrontEndStageResult in
            switch stage {
            case .modelChecks: .checked(ModelChecks.diagnostics(for: model))
            case .lint: .linted(lint.map { LintRunner.run(model, syntax: syntax, configuration: $0) })
            }
        }
        var report: LintReport?
        for result in results {
            switch result {
            case .checked(let found): diagnostics += found
            case .linted(let linted):
                guard let linted, !diagnostics.hasErrors else { continue }
                diagnostics += linted.diagnostics
                report = linted
            }
        }
        diagnostics = analysis.provenance.annotate(diagnostics)
        return FrontEndResult(model: diagnostics.hasErrors ? nil : model, diagnostics: diagnostics, lint: report)
    }
}

/// The two independent stages after semantic analysis, in the order their results are taken.
private enum FrontEndStage: Sendable {
    case modelChecks, lint
}

/// What a `FrontEndStage` found.
private enum FrontEndStageResult: Sendable {
    case checked([Diagnostic])
    case linted(LintReport?)
}
