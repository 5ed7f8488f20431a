/// Builds IAM policy documents (trust and permission policies) as `Document`s in IAM's usual key
/// order: Version, Statement; Sid, Effect, Principal, Action, Resource, Condition.
///
/// One rule for single values throughout: one action, resource or condition value is written
/// as a string, several as a list (the shape of the EKS documentation's examples).
enum IAMPolicyDocument {
    /// The policy language version every document declares.
    static let version = "2012-10-17"

    /// The audience of IRSA web identity tokens.
    static let irsaAudience = "sts.amazonaws.com"

    /// The service principal of EKS Pod Identity.
    static let podIdentityPrincipal = "pods.eks.amazonaws.com"

    /// The IRSA trust policy: the cluster's OIDC provider may assume the role for one service
    /// account (`StringEquals` on `sub`), or for every service account a pattern matches
    /// (`StringLike` on `sub`); the audience is always pinned with `StringEquals`.
    static func irsaTrustPolicy(cluster: Cluster, namespace: String,
                                       serviceAccount: ServiceAccountName) -> Document {
        IRSATrustPolicies(cluster: cluster).policy(namespace: namespace, serviceAccount: serviceAccount)
    }

    /// The EKS Pod Identity trust policy: the `pods.eks.amazonaws.com` service may assume the
    /// role and tag the session; the association decides which service account gets it.
    static func podIdentityTrustPolicy() -> Document {
        policy([
            .map([
                "Effect": .string(PolicyEffect.allow.rawValue),
                "Principal": .map(["Service": .string(podIdentityPrincipal)]),
                "Action": .strings(["sts:AssumeRole", "sts:TagSession"]),
            ]),
        ])
    }

    /// The inline permission policy of declared statements (Sids `Statement1`, `Statement2`,
    /// ...), or nil when there are none.
    static func permissionPolicy(_ statements: [PolicyStatement]) -> Document? {
        PermissionStatement.policy(statements.map(PermissionStatement.init))
    }

    /// One permission statement. Conditions with the same operator share one operator object;
    /// operators and keys are sorted.
    static func statement(sid: String, effect: PolicyEffect, actions: [String], resources: [String],
                                 conditions: [PolicyCondition] = []) -> Document {
        .map([
            "Sid": .string(sid),
            "Effect": .string(effect.rawValue),
            "Action": stringOrList(actions),
            "Resource": stringOrList(resources),
            "Condition": conditionBlock(conditions),
        ])
    }

    /// `{"Version": ..., "Statement": [...]}`
    static func policy(_ statements: [Document]) -> Document {
        .map(["Version": .string(version), "Statement": .list(statements)])
    }

    /// One value as a string, several as a list.
    static func stringOrList(_ values: [String]) -> Document {
        values.count == 1 ? .string(values[0]) : .strings(values)
    }

    /// `{operator: {key: value-or-list}}`, or nil for no conditions.
    static func conditionBlock(_ conditions: [PolicyCondition]) -> Document? {
        guard !conditions.isEmpty else { return nil }
        var byOperator: [String: [PolicyCondition]] = [:]
        for condition in conditions { byOperator[condition.operator, default: []].append(condition) }
        return .map(byOperator.keys.sorted().map { op in
            let keyed = (byOperator[op] ?? []).sorted()
            return Document.Entry(op, .map(keyed.map { Document.Entry($0.key, stringOrList($0.values)) }))
        })
    }
}
