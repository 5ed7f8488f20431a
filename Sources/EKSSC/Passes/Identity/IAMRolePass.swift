/// Lowers every app's `iam-role` block and every secret store's service account into an IAM role:
/// trust policy (IRSA or Pod Identity), inline permission policy and managed attachments, and
/// checks IAM's limits and that no two declarations claim one role name differently.
public struct IAMRolePass: LoweringPass {
    public init() {}

    public func run(_ model: SecurityModel) -> PassOutput {
        let candidates = model.apps.compactMap { roleCandidate(for: $0, in: model) }
            + model.secretStores.map { roleCandidate(for: $0, in: model) }
        var diagnostics: [Diagnostic] = []
        var firstByName: [String: IAMRoleCandidate] = [:]
        var roles: [IAMRoleArtifact] = []
        for candidate in candidates {
            if let first = firstByName[candidate.artifact.roleName] {
                if let conflict = conflict(between: first, and: candidate) { diagnostics.append(conflict) }
                continue
            }
            firstByName[candidate.artifact.roleName] = candidate
            roles.append(candidate.artifact)
            diagnostics += limitDiagnostics(for: candidate)
        }
        return PassOutput(iamRoles: roles.sorted { $0.roleName < $1.roleName }, diagnostics: diagnostics)
    }

    /// The role of an app, or nil when the app has no `iam-role` block.
    func roleCandidate(for app: App, in model: SecurityModel) -> IAMRoleCandidate? {
        guard let spec = app.iamRole, let name = IAMRoleNaming.roleName(of: app, in: model.cluster) else {
            return nil
        }
        let trust = switch app.identity {
        case .irsa:
            IAMPolicyDocument.irsaTrustPolicy(cluster: model.cluster, namespace: app.namespace,
                                              serviceAccount: app.serviceAccount)
        case .podIdentity:
            IAMPolicyDocument.podIdentityTrustPolicy()
        }
        let artifact = IAMRoleArtifact(
            roleName: name, roleARN: model.cluster.roleARN(name),
            serviceAccount: ServiceAccountRef(namespace: app.namespace, name: app.serviceAccount.description),
            trustPolicy: trust, permissionPolicy: IAMPolicyDocument.permissionPolicy(spec.statements),
            managedPolicyARNs: Array(Set(spec.managedPolicies)).sorted(), permissionsBoundary: spec.permissionsBoundary)
        return IAMRoleCandidate(artifact: artifact, owner: "app '\(app.namespace)/\(app.name)'", range: spec.range,
                                managedPolicyCount: Set(spec.managedPolicies).count)
    }

    /// The IRSA role of a secret store's service account, with exactly the reads its secrets need.
    func roleCandidate(for store: SecretStore, in model: SecurityModel) -> IAMRoleCandidate {
        let name = IAMRoleNaming.roleName(of: store, in: model.cluster)
        let artifact = IAMRoleArtifact(
            roleName: name, roleARN: model.cluster.roleARN(name), serviceAccount: store.serviceAccount,
            trustPolicy: IAMPolicyDocument.irsaTrustPolicy(
                cluster: model.cluster, namespace: store.serviceAccount.namespace,
                serviceAccount: .exact(store.serviceAccount.name)),
            permissionPolicy: SecretStoreAccessPolicy.policy(for: store, in: model), managedPolicyARNs: [])
        let keyword = store.id.isClusterWide ? "clustersecretstore" : "secretstore"
        return IAMRoleCandidate(artifact: artifact, owner: "\(keyword) '\(store.id)'", range: store.range,
                                managedPolicyCount: 0)
    }
}

/// A role before duplicates are merged: the artifact and who declared it where.
struct IAMRoleCandidate {
    var artifact: IAMRoleArtifact
    /// `app 'ns/name'` or `secretstore 'ns/name'`, for diagnostics.
    var owner: String
    var range: SourceRange
    var managedPolicyCount: Int
}
