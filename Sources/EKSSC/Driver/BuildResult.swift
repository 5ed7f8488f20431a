/// The outcome of a build.
struct BuildResult: Sendable {
    /// Nil when there are errors.
    var artifacts: BuildArtifacts?
    var diagnostics: [Diagnostic]
    /// Every lint finding, waived ones included; nil when linting did not run.
    var lint: LintReport?
    /// The model the artifacts were lowered from (nil after front-end errors): what
    /// `Verifier.verify` compares the emitted files with.
    var model: SecurityModel?

    init(artifacts: BuildArtifacts?, diagnostics: [Diagnostic], lint: LintReport? = nil,
                model: SecurityModel? = nil) {
        self.lint = lint
        self.artifacts = artifacts
        self.diagnostics = diagnostics
        self.model = model
    }
}
