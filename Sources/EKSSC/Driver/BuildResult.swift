/// The outcome of a build.
public struct BuildResult: Sendable {
    /// Nil when there are errors.
    public var artifacts: BuildArtifacts?
    public var diagnostics: [Diagnostic]
    /// The model the artifacts were lowered from (nil after front-end errors): what
    /// `Verifier.verify` compares the emitted files with.
    public var model: SecurityModel?

    public init(artifacts: BuildArtifacts?, diagnostics: [Diagnostic], model: SecurityModel? = nil) {
        self.artifacts = artifacts
        self.diagnostics = diagnostics
        self.model = model
    }
}
