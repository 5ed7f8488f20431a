extension Compiler {
    /// Source in, files and diagnostics out: the front end, the lint rules, every pass, the
    /// output layout and (with `options.verify`) the proof that the files allow exactly what
    /// the source declares. `files` is nil while any error or `failure` remains, so a caller
    /// that writes `files` writes only what `ekssc build` would.
    /// With `options.existingOutput` naming a folder that already holds this build (same
    /// `InputDigest` in its marker, every file matching its hash), the passes are skipped and
    /// the compilation `isUpToDate` there.
    public static func compile(_ source: SourceFile, options: CompileOptions = CompileOptions()) -> Compilation {
        let frontEnd = check(source, lint: options.lint)
        let inputs = InputDigest.of([source], options: options)
        if let model = frontEnd.model, let directory = options.existingOutput,
           OutputWriter.holdsBuild(of: inputs, in: directory) {
            return Compilation(source: source, diagnostics: frontEnd.diagnostics, lint: frontEnd.lint, model: model,
                               files: nil, verification: nil, failure: nil, artifacts: nil, inputs: inputs,
                               upToDateOutput: directory)
        }
        let built = lower(frontEnd, of: source)
        guard let artifacts = built.artifacts, let model = built.model else {
            return Compilation(source: source, diagnostics: built.diagnostics, lint: built.lint, model: built.model,
                               files: nil, verification: nil, failure: nil, artifacts: nil)
        }
        func failed(_ failure: CompilationError, _ verification: VerifyReport? = nil) -> Compilation {
            Compilation(source: source, diagnostics: built.diagnostics, lint: built.lint, model: model,
                        files: nil, verification: verification, failure: failure, artifacts: artifacts)
        }
        let files: [OutputFile]
        do {
            files = try OutputLayout.render(OutputTreePass().run(artifacts, layout: options.layout))
        } catch {
            return failed(.layout(error.description))
        }
        var verification: VerifyReport?
        if options.verify {
            do {
                let report = try Verifier.verify(model: model, files: files)
                guard report.passed else { return failed(.policiesDifferFromDeclarations, report) }
                verification = report
            } catch {
                return failed(.verification(error.description))
            }
        }
        return Compilation(source: source, diagnostics: built.diagnostics, lint: built.lint, model: model,
                           files: files, verification: verification, failure: nil, artifacts: artifacts, inputs: inputs)
    }

    /// The front end and the lint rules only (`ekssc check`): diagnostics and the model, never
    /// files. Rejects exactly the files `compile` rejects before its passes run.
    public static func check(_ source: SourceFile, options: CompileOptions) -> Compilation {
        let checked = check(source, lint: options.lint)
        return Compilation(source: source, diagnostics: checked.diagnostics, lint: checked.lint, model: checked.model,
                           files: nil, verification: nil, failure: nil, artifacts: nil)
    }
}
