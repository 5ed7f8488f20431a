/// The outcome of a build (or of `check`, without artifacts). Its diagnostics are sorted here,
/// the one place they are: by file, then position (`Array.sortedForDisplay`).
struct BuildResult: Sendable {
    /// Nil when there are errors.
    var artifacts: BuildArtifacts?
    /// Sorted for display.
    var diagnostics: [Diagnostic]
    /// Every lint finding, waived ones included; nil when linting did not run.
    var lint: LintReport?
    /// The model the artifacts were lowered from (nil after front-end errors): what
    /// `Verifier.verify` compares the emitted files with.
    var model: SecurityModel?
    /// The files compiled, at their global offsets.
    var sources: SourceSet

    init(artifacts: BuildArtifacts?, diagnostics: [Diagnostic], lint: LintReport? = nil,
         model: SecurityModel? = nil, sources: SourceSet) {
        self.lint = lint
        self.artifacts = artifacts
        self.diagnostics = diagnostics.sortedForDisplay()
        self.model = model
        self.sources = sources
    }
}
