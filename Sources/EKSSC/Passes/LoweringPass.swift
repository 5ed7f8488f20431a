/// One lowering from the model to output objects: a pure function, no I/O, no globals.
///
/// Each pass is one type in one file. `PassPipeline` runs them in a fixed order and merges their
/// outputs; a pass never reads another pass's output, so anything two passes must agree on (a
/// role's name and ARN, a ServiceAccount's labels) comes from one shared function.
protocol LoweringPass: Sendable {
    func run(_ model: SecurityModel) -> PassOutput
}

/// What one pass produced: output objects and any diagnostics (limits, warnings).
struct PassOutput: Sendable {
    var manifests: [any KubernetesManifest]
    var iamRoles: [IAMRoleArtifact]
    var awsInputs: [AWSCLIInput]
    var diagnostics: [Diagnostic]

    init(manifests: [any KubernetesManifest] = [], iamRoles: [IAMRoleArtifact] = [],
                awsInputs: [AWSCLIInput] = [], diagnostics: [Diagnostic] = []) {
        self.manifests = manifests
        self.iamRoles = iamRoles
        self.awsInputs = awsInputs
        self.diagnostics = diagnostics
    }
}
