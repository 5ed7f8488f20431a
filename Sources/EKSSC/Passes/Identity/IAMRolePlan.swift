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
    /// `IAMPolicySize.characterCount` of each role's trust policy, by the index in `roles`
    /// (merged roles have one trust policy), measured as the policies are built.
    private(set) var trustPolicySizes: [Int] = []
    /// Later declarations that arrived at a role name they cannot share, with the first one.
    private(set) var conflicts: [(first: IAMRoleCandidate, second: IAMRoleCandidate)] = []

    init(_ model: SecurityModel) {
        // Built once per model, not per role: the cluster's part of every IRSA trust policy,
        // the one Pod Identity trust policy, and every store's reads.
        let trust = TrustPolicies(cluster: model.cluster)
        let storeReads = SecretStoreAccessPolicy.readsByStore(in: model)
        var index: [String: Int] = [:]
        var roles: [IAMRoleCandidate] = [], trustPolicySizes: [Int] = []
        var conflicts: [(first: IAMRoleCandidate, second: IAMRoleCandidate)] = []
        func add(_ candidate: IAMRoleCandidate, trustSize: Int) {
            guard let position = index[candidate.roleName] else {
                index[candidate.roleName] = roles.count
                roles.append(candidate)
                trustPolicySizes.append(trustSize)
                return
            }
            let first = roles[position]
            if first.trustPolicy != candidate.trustPolicy || first.permissionsBoundary != candidate.permissionsBoundary {
                conflicts.append((first, candidate))
            } else {
                roles[position] = first.merging(candidate)
            }
        }
        for app in model.apps {
            if let role = Self.roleCandidate(for: app, in: model, trust: trust) {
                add(role.candidate, trustSize: role.trustSize)
            }
        }
        for store in model.secretStores {
            let reads = storeReads[store.id]
            let (candidate, size) = Self.roleCandidate(for: store, keys: reads?.keys ?? [], prefixes: reads?.prefixes ?? [],
                                                       in: model, trust: trust)
            add(candidate, trustSize: size)
        }
        self.roles = roles
        self.trustPolicySizes = trustPolicySizes
        self.conflicts = conflicts
    }

    /// The trust policies of one model's roles, with their sizes.
    private struct TrustPolicies {
        let irsa: IRSATrustPolicies
        let podIdentity: Document
        let podIdentitySize: Int

        init(cluster: Cluster) {
            irsa = IRSATrustPolicies(cluster: cluster)
            podIdentity = IAMPolicyDocument.podIdentityTrustPolicy()
            podIdentitySize = IAMPolicySize.characterCount(podIdentity)
        }
    }

    /// The role of an app, or nil when the app has no `iam-role` block.
    static func roleCandidate(for app: App, in model: SecurityModel) -> IAMRoleCandidate? {
        roleCandidate(for: app, in: model, trust: TrustPolicies(cluster: model.cluster))?.candidate
    }

    private static func roleCandidate(for app: App, in model: SecurityModel,
                                      trust: TrustPolicies) -> (candidate: IAMRoleCandidate, trustSize: Int)? {
        guard let spec = app.iamRole, let name = IAMRoleNaming.roleName(of: app, in: model.cluster) else {
            return nil
        }
        let (policy, size) = switch app.identity {
        case .irsa:
            trust.irsa.policyAndSize(namespace: app.namespace, serviceAccount: app.serviceAccount)
        case .podIdentity:
            (trust.podIdentity, trust.podIdentitySize)
        }
        // One managed policy (the common case) needs no set to be sorted and unique.
        let managed = spec.managedPolicies.count < 2 ? spec.managedPolicies : Array(Set(spec.managedPolicies)).sorted()
        let candidate = IAMRoleCandidate(
            roleName: name, serviceAccount: ServiceAccountRef(namespace: app.namespace, name: app.serviceAccount.description),
            trustPolicy: policy, statements: spec.statements.map(PermissionStatement.init),
            managedPolicies: managed, permissionsBoundary: spec.permissionsBoundary,
            owner: "app '\(app.namespace)/\(app.name)'", range: spec.range)
        return (candidate, size)
    }

    /// The IRSA role of a secret store's service account, with exactly the reads its secrets need
    /// (`keys` and `prefixes`: what its secrets read, sorted and unique).
    static func roleCandidate(for store: SecretStore, keys: [String], prefixes: [String],
                              in model: SecurityModel) -> IAMRoleCandidate {
        roleCandidate(for: store, keys: keys, prefixes: prefixes, in: model,
                      trust: TrustPolicies(cluster: model.cluster)).candidate
    }

    private static func roleCandidate(for store: SecretStore, keys: [String], prefixes: [String], in model: SecurityModel,
                                      trust: TrustPolicies) -> (candidate: IAMRoleCandidate, trustSize: Int) {
        let keyword = store.id.isClusterWide ? "clustersecretstore" : "secretstore"
        let (policy, size) = trust.irsa.policyAndSize(namespace: store.serviceAccount.namespace,
                                                      serviceAccount: .exact(store.serviceAccount.name))
        let candidate = IAMRoleCandidate(
            roleName: IAMRoleNaming.roleName(of: store, in: model.cluster), serviceAccount: store.serviceAccount,
            trustPolicy: policy,
            statements: SecretStoreAccessPolicy.statements(for: store, keys: keys, prefixes: prefixes,
                                                           cluster: model.cluster),
            managedPolicies: [],
            permissionsBoundary: nil, owner: "\(keyword) '\(store.id)'", range: store.range)
        return (candidate, size)
    }
}
