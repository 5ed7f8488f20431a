/// A statement of a permission policy before its Sid is assigned, so that the statements of
/// several declarations sharing one role can be merged and still get unique Sids.
struct PermissionStatement: Sendable, Hashable {
    /// The Sid of a generated statement (`ReadSecrets`); nil for a declared statement, which is
    /// numbered `Statement1`, `Statement2`, ... in order.
    var sidBase: String?
    var effect: PolicyEffect
    var actions: [String]
    var resources: [String]
    /// Sorted by (operator, key).
    var conditions: [PolicyCondition]

    init(sidBase: String? = nil, effect: PolicyEffect, actions: [String], resources: [String],
                conditions: [PolicyCondition] = []) {
        self.sidBase = sidBase
        self.effect = effect
        self.actions = actions
        self.resources = resources
        self.conditions = conditions
    }

    /// A declared statement of an `iam-role` block.
    init(_ statement: PolicyStatement) {
        self.init(effect: statement.effect, actions: statement.actions, resources: statement.resources,
                  conditions: statement.conditions.sorted())
    }

    /// The policy of `statements` in order, duplicates removed, with unique Sids (IAM allows only
    /// `[A-Za-z0-9]`): declared statements are numbered, a generated Sid that repeats gets `2`,
    /// `3`, ... appended. Nil when there are no statements.
    static func policy(_ statements: [PermissionStatement]) -> Document? {
        let unique: [PermissionStatement]
        if statements.count <= 8 {
            // A role has a few statements: comparing them costs less than hashing each whole.
            var kept: [PermissionStatement] = []
            kept.reserveCapacity(statements.count)
            for statement in statements where !kept.contains(statement) { kept.append(statement) }
            unique = kept
        } else {
            var seen = Set<PermissionStatement>()
            unique = statements.filter { seen.insert($0).inserted }
        }
        guard !unique.isEmpty else { return nil }
        var declaredCount = 0
        var namedCounts: [String: Int] = [:]
        let documents = unique.map { statement -> Document in
            let sid: String
            if let base = statement.sidBase {
                let count = (namedCounts[base] ?? 0) + 1
                namedCounts[base] = count
                sid = count == 1 ? base : "\(base)\(count)"
            } else {
                declaredCount += 1
                sid = "Statement\(declaredCount)"
            }
            return IAMPolicyDocument.statement(sid: sid, effect: statement.effect, actions: statement.actions,
                                               resources: statement.resources, conditions: statement.conditions)
        }
        return IAMPolicyDocument.policy(documents)
    }
}
