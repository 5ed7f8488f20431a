/// Which IAM roles the model needs: one candidate per app with an `iam-role` block and per secret
/// store, merged by role name. Shared by `IAMRolePass` (which lowers the roles) and
/// `IAMRoleLimitCheck` (which rejects conflicts and roles over IAM's limits before any pass runs),
/// so the check judges exactly the roles the build would write.
///
/// Declarations that arrive at the same role name with the same trust policy and boundary share
/// one role (one ServiceAccount carries one role: stores or apps using it must share it), with
/// the union of their permissions. A later declaration that cannot share is a conflict.
struct IAMRolePlan {
    /// The merged roles, in the order their names first appear (apps, then stores).
    private(set) var roles: [IAMRoleCandidate] = []
    /// Later declarations that arrived at a role name they cannot share, with the first one.
    private(set) var conflicts: [(first: IAMRoleCandidate, second: IAMRoleCandidate)] = []

    init(_ model: SecurityModel) {
        let storeReads = SecretStoreAccessPolicy.readsByStore(in: model)
        let candidates = model.apps.compactMap { Self.roleCandidate(for: $0, in: model) }
            + model.secretStores.map { store in
                let reads = storeReads[store.id]
                return Self.roleCandidate(for: store, keys: reads?.keys ?? [], prefixes: reads?.prefixes ?? [], in: model)
            }
        var index: [String: Int] = [:]
        for candidate in candidates {
            guard let position = index[candidate.roleName] else {
                index[candidate.roleName] = roles.count
                roles.append(candidate)
                continue
            }
            let first = roles[position]
            if first.trustPolicy != candidate.trustPolicy || first.permissionsBoundary != candidate.permissionsBoundary {
                conflicts.append((first, candidate))
            } else {
                roles[position] = first.merging(candidate)
            }
        }
    }

    /// The role of an app, or nil when the app has no `iam-role` block.
    static func roleCandidate(for app: App, in model: SecurityModel) -> IAMRoleCandidate? {
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
    /// (`keys` and `prefixes`: what its secrets read, sorted and unique).
    static func roleCandidate(for store: SecretStore, keys: [String], prefixes: [String],
                              in model: SecurityModel) -> IAMRoleCandidate {
        let keyword = store.id.isClusterWide ? "clustersecretstore" : "secretstore"
        return IAMRoleCandidate(
            roleName: IAMRoleNaming.roleName(of: store, in: model.cluster), serviceAccount: store.serviceAccount,
            trustPolicy: IAMPolicyDocument.irsaTrustPolicy(
                cluster: model.cluster, namespace: store.serviceAccount.namespace,
                serviceAccount: .exact(store.serviceAccount.name)),
            statements: SecretStoreAccessPolicy.statements(for: store, keys: keys, prefixes: prefixes,
                                                           cluster: model.cluster),
            managedPolicies: [],
            permissionsBoundary: nil, owner: "\(keyword) '\(store.id)'", range: store.range)
    }
}
