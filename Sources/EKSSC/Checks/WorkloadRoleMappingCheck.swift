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
        return workloads.compactMap { workload in
            let arn = ARN(partition: cluster.partition, service: "iam", region: "", account: cluster.account,
                          resource: "role/" + workload.roleName)
            guard let mapping = mapped[arn.principalIdentity] else { return nil }
            return SemanticDiagnostic.workloadRoleMapped(
                .error, "role '\(workload.roleName)' of \(workload.owner()) is also mapped into the cluster by \(mapping.what)",
                at: workload.range, notes: [DiagnosticNote("mapped here", at: mapping.range)],
                hint: "give the workload its own role with 'iam-role NAME'")
        }
    }
}
