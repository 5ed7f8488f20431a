/// One lowering from the model to output objects: a pure function, no I/O, no globals.
///
/// Each pass is one type in one file. `PassPipeline` runs them in a fixed order and merges their
/// outputs; a pass never reads another pass's output, so anything two passes must agree on (a
/// role's name and ARN, a ServiceAccount's labels) comes from one shared function.
public protocol LoweringPass: Sendable {
    func run(_ model: SecurityModel) -> PassOutput
}

/// What one pass produced: output objects and any diagnostics (limits, warnings).
public struct PassOutput: Sendable {
    public var manifests: [any KubernetesManifest]
    public var iamRoles: [IAMRoleArtifact]
    public var awsInputs: [AWSCLIInput]
    public var diagnostics: [Diagnostic]

    public init(manifests: [any KubernetesManifest] = [], iamRoles: [IAMRoleArtifact] = [],
                awsInputs: [AWSCLIInput] = [], diagnostics: [Diagnostic] = []) {
        self.manifests = manifests
        self.iamRoles = iamRoles
        self.awsInputs = awsInputs
        self.diagnostics = diagnostics
    }
}
