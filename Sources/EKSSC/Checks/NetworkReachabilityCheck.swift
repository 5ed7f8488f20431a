/// Warnings about pods that the emitted NetworkPolicies will cut off from what the same file
/// declares they need: apps with IAM roles that cannot reach AWS, apps without a tier in a
/// default-deny namespace.
struct NetworkReachabilityCheck: ModelCheck {
    func diagnostics(for model: SecurityModel) -> [Diagnostic] {
        let isolated = Set(NetworkPolicyPass.isolatedNamespaces(of: model))
        var tiers: [TierID: Tier] = [:]
        tiers.reserveCapacity(model.tiers.count)
        for tier in model.tiers { tiers[tier.id] = tier }
        var found: [Diagnostic] = []
        for app in model.apps where isolated.contains(app.namespace) {
            guard let tierID = app.tier else {
                found.append(KubernetesDiagnostic.isolatedAppWithoutTier(
                    .warning, "app '\(app.namespace)/\(app.name)' has no tier, and namespace '\(app.namespace)' denies all traffic by default",
                    at: app.range,
                    hint: "give the app a tier (with 'ingress none' if it serves nothing), or write 'isolation off' in namespace '\(app.namespace)'"))
                continue
            }
            guard let role = app.iamRole, model.cluster.awsEndpoints == nil, tiers[tierID]?.aws ?? true else { continue }
            let services = Self.serviceList(of: role)
            found.append(KubernetesDiagnostic.awsUnreachable(
                .warning, "app '\(app.namespace)/\(app.name)' has an IAM role but no egress to AWS: calls to \(services) will fail",
                at: role.range,
                notes: [DiagnosticNote("the cluster declares no 'aws-endpoints'", at: model.cluster.range)],
                hint: "add 'aws-endpoints public' or 'aws-endpoints vpc \"CIDR\"' to the cluster, or 'aws off' to tier '\(tierID)'"))
        }
        // A flow that opens the instance metadata service is lint rule EKS-NET-004 (waivable).
        return found
    }

    /// `DerivedEgress.services(of: role)` joined with ", " (`sts` first, then the services of
    /// the allowed actions, sorted), gathered without a set of new strings: a role names few
    /// services, and a large file warns for every app.
    static func serviceList(of role: IAMRoleSpec) -> String {
        var services: [Substring] = []
        for statement in role.statements where statement.effect == .allow {
            for action in statement.actions {
                guard let colon = action.firstIndex(of: ":") else { continue }
                let service = action[..<colon]
                if service != "sts", !services.contains(service) { services.append(service) }
            }
        }
        services.sort()
        var list = "sts"
        for service in services {
            list += ", "
            list += service
        }
        return list
    }
}
