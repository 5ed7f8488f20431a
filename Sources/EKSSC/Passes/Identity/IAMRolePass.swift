/// Lowers every app's `iam-role` block and every secret store's service account into an IAM role:
/// trust policy (IRSA or Pod Identity), inline permission policy and managed attachments, and
/// checks IAM's limits.
///
/// Declarations that arrive at the same role name with the same trust policy share one role
/// (one ServiceAccount can carry only one role: two stores or apps using it must share it): its
/// permissions are the union of theirs. The same name with a different trust policy or a
/// different permissions boundary is an error.
public struct IAMRolePass: LoweringPass {
    public init() {}

    public func run(_ model: SecurityModel) -> PassOutput {
        let storeKeys = SecretStoreAccessPolicy.remoteKeysByStore(in: model)
        let candidates = model.apps.compactMap { roleCandidate(for: $0, in: model) }
            + model.secretStores.map { roleCandidate(for: $0, keys: storeKeys[$0.id] ?? [], in: model) }
        var diagnostics: [Diagnostic] = []
        var order: [String] = []
        var merged: [String: IAMRoleCandidate] = [:]
        for candidate in candidates {
            guard let first = merged[candidate.roleName] else {
                order.append(candidate.roleName)
                merged[candidate.roleName] = candidate
                continue
            }
            if let conflict = conflict(between: first, and: candidate) {
                diagnostics.append(conflict)
            } else {
                merged[candidate.roleName] = first.merging(candidate)
            }
        }
        let roles = order.compactMap { merged[$0] }
        for role in roles { diagnostics += limitDiagnostics(for: role) }
        return PassOutput(iamRoles: roles.map { $0.artifact(in: model.cluster) }.sorted { $0.roleName < $1.roleName },
                          diagnostics: diagnostics)
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
        return IAMRoleCandidate(
            roleName: name, serviceAccount: ServiceAccountRef(namespace: app.namespace, name: app.serviceAccount.description),
            trustPolicy: trust, statements: spec.statements.map(PermissionStatement.init),
            managedPolicies: Array(Set(spec.managedPolicies)).sorted(), permissionsBoundary: spec.permissionsBoundary,
            owner: "app '\(app.namespace)/\(app.name)'", range: spec.range)
    }

    /// The IRSA role of a secret store's service account, with exactly the reads its secrets need
    /// (`keys`: the remote keys its secrets read, sorted and unique).
    func roleCandidate(for store: SecretStore, keys: [String], in model: SecurityModel) -> IAMRoleCandidate {
        let keyword = store.id.isClusterWide ? "clustersecretstore" : "secretstore"
        return IAMRoleCandidate(
            roleName: IAMRoleNaming.roleName(of: store, in: model.cluster), serviceAccount: store.serviceAccount,
            trustPolicy: IAMPolicyDocument.irsaTrustPolicy(
                cluster: model.cluster, namespace: store.serviceAccount.namespace,
                serviceAccount: .exact(store.serviceAccount.name)),
            statements: SecretStoreAccessPolicy.statements(for: store, keys: keys, cluster: model.cluster),
            managedPolicies: [],
            permissionsBoundary: nil, owner: "\(keyword) '\(store.id)'", range: store.range)
    }
}

/// A role as one declaration wants it, before declarations sharing the role are merged.
struct IAMRoleCandidate {
    var roleName: String
    var serviceAccount: ServiceAccountRef
    var trustPolicy: Document
    var statements: [PermissionStatement]
    /// Sorted, unique.
    var managedPolicies: [String]
    var permissionsBoundary: String?
    /// `app 'ns/name'` or `secretstore 'ns/name'`, for diagnostics.
    var owner: String
    var range: SourceRange

    /// This role with the other declaration's statements and managed policies added.
    func merging(_ other: IAMRoleCandidate) -> IAMRoleCandidate {
        var result = self
        result.statements += other.statements
        result.managedPolicies = Array(Set(managedPolicies + other.managedPolicies)).sorted()
        return result
    }

    func artifact(in cluster: Cluster) -> IAMRoleArtifact {
        IAMRoleArtifact(roleName: roleName, roleARN: cluster.roleARN(roleName), serviceAccount: serviceAccount,
                        trustPolicy: trustPolicy, permissionPolicy: PermissionStatement.policy(statements),
                        managedPolicyARNs: managedPolicies, permissionsBoundary: permissionsBoundary)
    }
}
