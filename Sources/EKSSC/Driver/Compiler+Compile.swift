extension Compiler {
    /// Sources in, files and diagnostics out: the front end, the lint rules, every pass, the
    /// output layout and (with `options.verify`) the proof that the files allow exactly what
    /// the sources declare. `files` is nil while any error or `failure` remains, so a caller
    /// that writes `files` writes only what `ekssc build` would.
    ///
    /// Several files are one program (names resolve across them, one `cluster` in all); each is
    /// given its own global `baseOffset` here, in the order given, and diagnostics are sorted by
    /// that order, then by position. The output does not depend on the order or on how the
    /// declarations are split over files.
    ///
    /// With `options.existingOutput` naming a folder that already holds this build (same
    /// `InputDigest` in its marker, every file matching its hash), the passes are skipped and
    /// the compilation `isUpToDate` there.
    public static func compile(_ sources: [SourceFile], options: CompileOptions = CompileOptions()) -> Compilation {
        compile(SourceSet(sources), options: options)
    }

    /// `compile` of one file.
    public static func compile(_ source: SourceFile, options: CompileOptions = CompileOptions()) -> Compilation {
        compile([source], options: options)
    }

    /// The front end and the lint rules only (`ekssc check`): diagnostics and the model, never
    /// files. Rejects exactly the sources `compile` rejects before its passes run.
    public static func check(_ sources: [SourceFile], options: CompileOptions) -> Compilation {
        let set = SourceSet(sources)
        let checked = check(set, lint: options.lint)
        return Compilation(sources: set, diagnostics: checked.diagnostics, lint: checked.lint, model: checked.model,
                           files: nil, verification: nil, failure: nil, artifacts: nil)
    }

    /// `check` of one file.
    public static func check(_ source: SourceFile, options: CompileOptions) -> Compilation {
        check([source], options: options)
    }

    private static func compile(_ sources: SourceSet, options: CompileOptions) -> Compilation {
        let frontEnd = frontEnd(sources, lint: options.lint)
        let inputs = InputDigest.of(sources.files, options: options)
        if frontEnd.model != nil, let directory = options.existingOutput,
           OutputWriter.holdsBuild(of: inputs, in: directory) {
            let checked = BuildResult(artifacts: nil, diagnostics: frontEnd.diagnostics, lint: frontEnd.lint,
                                      model: frontEnd.model, sources: sources)
            return Compilation(sources: sources, diagnostics: checked.diagnostics, lint: checked.lint, model: checked.model,
                               files: nil, verification: nil, failure: nil, artifacts: nil, inputs: inputs,
                               upToDateOutput: directory)
        }
        var built = lower(frontEnd, of: sources)
        guard var lowered = built.artifacts, let model = built.model else {
            return Compilation(sources: sources, diagnostics: built.diagnostics, lint: built.lint, model: built.model,
                               files: nil, verification: nil, failure: nil, artifacts: nil)
        }
        built.artifacts = nil
        var planned = OutputTreePass().run(lowered, layout: options.layout)
        // Without `retainsLoweredArtifacts` the objects and document trees go once the files are
        // rendered (the plan, released then too, holds only what it renders), before the
        // verification reads its own trees back from the files.
        let artifacts = options.retainsLoweredArtifacts ? lowered : nil
        lowered = BuildArtifacts()
        func failed(_ failure: CompilationError, _ verification: VerifyReport? = nil) -> Compilation {
            Compilation(sources: sources, diagnostics: built.diagnostics, lint: built.lint, model: model,
                        files: nil, verification: verification, failure: failure, artifacts: artifacts)
        }
        let files: [OutputFile]
        do {
            files = try OutputLayout.render(planned)
        } catch {
            return failed(.layout(error.description))
        }
        planned = []
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
        return Compilation(sources: sources, diagnostics: built.diagnostics, lint: built.lint, model: model,
                           files: files, verification: verification, failure: nil, artifacts: artifacts, inputs: inputs)
    }
}
