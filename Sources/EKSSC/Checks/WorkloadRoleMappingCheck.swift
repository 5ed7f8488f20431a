/// The IAM role of an app or a secret store must not be a role mapped into the cluster (the node
/// role, or an `iam-role` mapping): the build would rewrite that role's trust policy for the
/// workload, and every pod that assumes it would also get the mapping's Kubernetes groups
/// (`system:nodes`, or whatever the mapping grants). Role names compare as IAM compares them:
/// without path, case-insensitively.
struct WorkloadRoleMappingCheck: ModelCheck {
    init() {}

    func diagnostics(for model: SecurityModel) -> [Diagnostic] {
        var mapped: [String: (what: String, range: SourceRange)] = [:]
        for node in model.nodeRoles { mapped[node.arn.principalIdentity] = ("'nodes'", node.range) }
        for principal in model.principals where principal.kind == .role {
            mapped[principal.arn.principalIdentity] = ("mapping '\(principal.name)'", principal.range)
        }
        guard !mapped.isEmpty else { return [] }
        let cluster = model.cluster
        // The owner's text is built only for a role that is mapped (a diagnostic).
        var workloads: [(roleName: String, owner: () -> String, range: SourceRange)] = []
        for app in model.apps {
            guard let name = IAMRoleNaming.roleName(of: app, in: cluster) else { continue }
            workloads.append((name, { "app '\(app.namespace)/\(app.name)'" }, app.iamRole?.range ?? app.range))
        }
        for store in model.secretStores {
            let owner = {
                "\(store.id.isClusterWide ? "clustersecretstore" : "secretstore") '\(store.id)'"
            }
            workloads.append((IAMRoleNaming.roleName(of: store, in: cluster), owner, store.range))
        }
        // A workload's role is `role/NAME` in the cluster's partition and account, and a role
        // name has no `/`: its `principalIdentity` is this prefix and the name lowercased. The
        // mapped roles are looked up by that name, without building an ARN per workload.
        let prefix = "\(cluster.partition.rawValue):\(cluster.account):role/"
        var mappedByName: [String: (what: String, range: SourceRange)] = [:]
        for (identity, mapping) in mapped where identity.utf8.starts(with: prefix.utf8) {
            mappedByName[String(decoding: identity.utf8.dropFirst(prefix.utf8.count), as: UTF8.self)] = mapping
        }
        guard !mappedByName.isEmpty else { return [] }
        return workloads.compactMap { workload in
            guard let mapping = mappedByName[workload.roleName.lowercased()] else { return nil }
            return SemanticDiagnostic.workloadRoleMapped(
                .error, "role '\(workload.roleName)' of \(workload.owner()) is also mapped into the cluster by \(mapping.what)",
                at: workload.range, notes: [DiagnosticNote("mapped here", at: mapping.range)],
                hint: "give the workload its own role with 'iam-role NAME'")
        }
    }
}
