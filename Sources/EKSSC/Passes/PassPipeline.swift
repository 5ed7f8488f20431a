/// Runs every lowering pass over the model, in the one order written down here, and merges
/// their outputs into sorted `BuildArtifacts`.
///
/// Passes are independent (none reads another's output), so the order only decides how
/// diagnostics of equal position are listed; outputs are sorted by their keys afterwards.
enum PassPipeline {
    /// Every pass, in order: namespaces first, then identity, access, network, secrets, storage
    /// and the cluster's own settings.
    static let passes: [any LoweringPass] = [
        NamespacePass(),
        IAMRolePass(),
        ServiceAccountPass(),
        PodIdentityAssociationPass(),
        RBACPass(),
        AWSAuthPass(),
        AccessEntryPass(),
        NetworkPolicyPass(),
        SecurityGroupPolicyPass(),
        ExternalSecretsPass(),
        StorageClassPass(),
        ClusterSettingsPass(),
    ]

    /// The merged artifacts (each collection sorted by its key) and every pass's diagnostics.
    /// Then the deploy stage, which packages what the passes made: CloudFormation stacks and the
    /// apply guide. Nothing here knows the source files' names: the output is the same however
    /// the declarations are split over files.
    static func run(_ model: SecurityModel)
        -> (artifacts: BuildArtifacts, diagnostics: [Diagnostic]) {
        var artifacts = BuildArtifacts()
        var diagnostics: [Diagnostic] = []
        // Passes read only the model, so they run side by side; outputs merge in pass order.
        for output in passes.concurrentMap({ $0.run(model) }) {
            artifacts.manifests += output.manifests
            artifacts.iamRoles += output.iamRoles
            artifacts.awsInputs += output.awsInputs
            diagnostics += output.diagnostics
        }
        // Each object's key made once, not at every comparison (it copies four strings out of
        // an existential).
        artifacts.manifests = artifacts.manifests.map { (key: $0.objectKey, manifest: $0) }
            .sorted { $0.key < $1.key }.map(\.manifest)
        artifacts.iamRoles.sort { $0.roleName < $1.roleName }
        artifacts.awsInputs.sort { $0.path < $1.path }
        // Each template is rendered once, here, on both cores: the guide measures its text and the
        // output writes the same text.
        artifacts.cloudFormationTemplates = (IAMStackPass().run(model, roles: artifacts.iamRoles)
            + EKSStackPass().run(model) + MonitoringStackPass().run(model)).sorted { $0.name < $1.name }
            .concurrentMap { $0.rendered() }
        artifacts.deployGuide = DeployGuidePass().run(model, artifacts: artifacts)
        return (artifacts, diagnostics)
    }
}
