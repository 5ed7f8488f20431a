/// The outcome of a build.
public struct BuildResult: Sendable {
    /// Nil when there are errors.
    public var artifacts: BuildArtifacts?
    public var diagnostics: [Diagnostic]
    /// Every lint finding, waived ones included; nil when linting did not run.
    public var lint: LintReport?
    /// The model the artifacts were lowered from (nil after front-end errors): what
    /// `Verifier.verify` compares the emitted files with.
    public var model: SecurityModel?

    public init(artifacts: BuildArtifacts?, diagnostics: [Diagnostic], lint: LintReport? = nil,
                model: SecurityModel? = nil) {
        self.lint = lint
        self.artifacts = artifacts
        self.diagnostics = diagnostics
        self.model = model
    }
}
