/// IAM users and roles mapped into the cluster, and node roles.
extension Analysis {
    func analyzeMappings() -> [IAMPrincipal] {
        // The name identifies the principal in output files (access entries), so it is unique
        // across users and roles.
        var byName: [String: SourceRange] = [:]
        var principals: [IAMPrincipal] = []
        for decl in mappingDecls {
            let validated = decl.kind == .user ? ARNValidator.iamUser(decl.arn.value) : ARNValidator.iamRole(decl.arn.value)
            let arn = check(validated, .invalidARN, at: decl.arn.range)
            if let arn, !claimPrincipal(arn, at: decl.arn.range) { continue }
            if let first = byName[decl.name.value] {
                duplicate("mapping", decl.name.value, at: decl.name.range, first: first)
                continue
            }
            byName[decl.name.value] = decl.name.range
            checkDuplicateSettings(decl.settings) { setting in
                switch setting {
                case .username: "username"
                case .groups: "groups"
                case .bind, .accessPolicy: nil
                }
            }
            var username = decl.name.value
            var groups: Set<String> = []
            var policies: [AccessPolicyAssociation] = []
            var binds: [(role: Name, namespace: Name?)] = []
            for setting in decl.settings {
                switch setting.value {
                case .username(let name):
                    username = name.value
                case .groups(let names):
                    // `system:masters` is reported by lint rule EKS-ID-006.
                    for name in names { groups.insert(name.value) }
                case .bind(let role, let namespace):
                    binds.append((role, namespace))
                case .accessPolicy(let name, let namespaces):
                    let valid = namespaces.map { requireNamespace($0) }.allSatisfy { $0 }
                    if let policy = check(IAMPolicyValidators.accessPolicy(name.value), .invalidAccessPolicy, at: name.range),
                       valid {
                        policies.append(AccessPolicyAssociation(policyName: policy,
                                                                namespaces: Array(Set(namespaces.map(\.value))).sorted()))
                    }
                }
            }
            for bind in binds { bindMapping(role: bind.role, namespace: bind.namespace, username: username) }
            guard let arn else { continue }
            principals.append(IAMPrincipal(
                kind: decl.kind == .user ? .user : .role, name: decl.name.value, arn: arn, username: username,
                groups: groups.sorted(), accessPolicies: Array(Set(policies)).sorted(), range: decl.range))
        }
        return principals.sorted { $0.arn < $1.arn }
    }

    /// `bind ROLE in NS`: the Role in NS, else a ClusterRole bound in NS. `bind ROLE`: a
    /// ClusterRole bound cluster-wide. A ClusterRole is a declared one or one of the built-in
    /// `cluster-admin`, `admin`, `edit` and `view` (which cannot be declared).
    private func bindMapping(role: Name, namespace: Name?, username: String) {
        let clusterRole = RBACRoleRef(name: role.value, namespace: nil)
        if let namespace {
            guard requireNamespace(namespace) else { return }
            let local = RBACRoleRef(name: role.value, namespace: namespace.value)
            guard let found = [local, clusterRole].first(where: { roleDecls[$0] != nil || isBuiltIn($0) }) else {
                error(.undefinedRole, "no role '\(role.value)' in namespace '\(namespace.value)' and no clusterrole '\(role.value)'",
                      at: role.range, hint: Suggestion.didYouMean(role.value, among: roleDecls.keys.map(\.name) + BuiltInRoles.bindableClusterRoles))
                return
            }
            addBinding(role: found, namespace: namespace.value, subject: .user(username), at: role.range)
            return
        }
        if roleDecls[clusterRole] != nil || isBuiltIn(clusterRole) {
            addBinding(role: clusterRole, namespace: nil, subject: .user(username), at: role.range)
            return
        }
        let namespaced = roleDecls.keys.filter { $0.name == role.value }.compactMap(\.namespace).sorted()
        if let first = namespaced.first {
            error(.bindNeedsClusterRole, "'\(role.value)' is a role in namespace '\(first)'; without 'in' a clusterrole is needed",
                  at: role.range, hint: "write 'bind \(role.value) in \(first)'")
        } else {
            error(.undefinedRole, "undefined clusterrole '\(role.value)'", at: role.range,
                  hint: Suggestion.didYouMean(role.value, among: roleDecls.keys.map(\.name) + BuiltInRoles.bindableClusterRoles))
        }
    }

    func analyzeNodes() -> [NodeRole] {
        var roles: [NodeRole] = []
        for decl in nodesDecls {
            for name in decl.roles {
                guard let arn = check(ARNValidator.iamRole(name.value), .invalidARN, at: name.range),
                      claimPrincipal(arn, at: name.range) else { continue }
                roles.append(NodeRole(arn: arn, range: name.range))
            }
        }
        return roles.sorted { $0.arn < $1.arn }
    }

    /// Records that `arn` is mapped at `range`; false after reporting a second mapping of the
    /// same principal (`principalIdentity`: path removed, case-insensitive) by a user, role or
    /// nodes declaration. Mappings come first in the analysis, so a later `nodes` entry is
    /// reported against them.
    private func claimPrincipal(_ arn: ARN, at range: SourceRange) -> Bool {
        let identity = arn.principalIdentity
        guard let first = mappedPrincipals[identity] else {
            mappedPrincipals[identity] = (arn, range)
            return true
        }
        // Reported at whichever comes later in the file.
        let isLater = first.range.start <= range.start
        let later: (arn: ARN, range: SourceRange) = isLater ? (arn, range) : first
        let earlier: (arn: ARN, range: SourceRange) = isLater ? first : (arn, range)
        let message = later.arn == earlier.arn
            ? "'\(later.arn)' is mapped twice"
            : "'\(later.arn)' is already mapped into the cluster as '\(earlier.arn)'"
        error(.duplicatePrincipal, message,
              at: later.range, notes: [DiagnosticNote("mapped here", at: earlier.range)],
              hint: "IAM names are case-insensitive and a role's path is not part of its identity in aws-auth; "
                + "map each principal once")
        return false
    }

    /// A built-in ClusterRole a mapping may bind without declaring it.
    private func isBuiltIn(_ ref: RBACRoleRef) -> Bool {
        ref.namespace == nil && BuiltInRoles.bindableClusterRoles.contains(ref.name)
    }
}
