/// The outcome of a build.
public struct BuildResult: Sendable {
    /// Nil when there are errors.
    public var artifacts: BuildArtifacts?
    public var diagnostics: [Diagnostic]
    /// Every lint finding, waived ones included; nil when linting did not run.
    public var lint: LintReport?

    public init(artifacts: BuildArtifacts?, diagnostics: [Diagnostic], lint: LintReport? = nil) {
        self.lint = lint
        self.artifacts = artifacts
        self.diagnostics = diagnostics
    }
}
