/// The outcome of a build.
public struct BuildResult: Sendable {
    /// Nil when there are errors.
    public var artifacts: BuildArtifacts?
    public var diagnostics: [Diagnostic]

    public init(artifacts: BuildArtifacts?, diagnostics: [Diagnostic]) {
        self.artifacts = artifacts
        self.diagnostics = diagnostics
    }
}
