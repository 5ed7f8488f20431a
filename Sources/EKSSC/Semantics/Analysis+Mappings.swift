/// IAM users and roles mapped into the cluster, and node roles.
extension Analysis {
    func analyzeMappings() -> [IAMPrincipal] {
        var byARN: [String: SourceRange] = [:]
        // The name identifies the principal in output files (access entries), so it is unique
        // across users and roles.
        var byName: [String: SourceRange] = [:]
        var principals: [IAMPrincipal] = []
        for decl in mappingDecls {
            let validated = decl.kind == .user ? ARNValidator.iamUser(decl.arn.value) : ARNValidator.iamRole(decl.arn.value)
            let arn = check(validated, .invalidARN, at: decl.arn.range)
            if let first = byARN[decl.arn.value] {
                duplicate("mapping of", decl.arn.value, at: decl.arn.range, first: first)
                continue
            }
            byARN[decl.arn.value] = decl.arn.range
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
    /// ClusterRole bound cluster-wide.
    private func bindMapping(role: Name, namespace: Name?, username: String) {
        let clusterRole = RBACRoleRef(name: role.value, namespace: nil)
        if let namespace {
            guard requireNamespace(namespace) else { return }
            let local = RBACRoleRef(name: role.value, namespace: namespace.value)
            guard let found = [local, clusterRole].first(where: { roleDecls[$0] != nil }) else {
                error(.undefinedRole, "no role '\(role.value)' in namespace '\(namespace.value)' and no clusterrole '\(role.value)'",
                      at: role.range, hint: Suggestion.didYouMean(role.value, among: roleDecls.keys.map(\.name)))
                return
            }
            addBinding(role: found, namespace: namespace.value, subject: .user(username), at: role.range)
            return
        }
        if roleDecls[clusterRole] != nil {
            addBinding(role: clusterRole, namespace: nil, subject: .user(username), at: role.range)
            return
        }
        let namespaced = roleDecls.keys.filter { $0.name == role.value }.compactMap(\.namespace).sorted()
        if let first = namespaced.first {
            error(.bindNeedsClusterRole, "'\(role.value)' is a role in namespace '\(first)'; without 'in' a clusterrole is needed",
                  at: role.range, hint: "write 'bind \(role.value) in \(first)'")
        } else {
            error(.undefinedRole, "undefined clusterrole '\(role.value)'", at: role.range,
                  hint: Suggestion.didYouMean(role.value, among: roleDecls.keys.map(\.name)))
        }
    }

    func analyzeNodes() -> [NodeRole] {
        var seen: [String: SourceRange] = [:]
        var roles: [NodeRole] = []
        for decl in nodesDecls {
            for name in decl.roles {
                guard let arn = check(ARNValidator.iamRole(name.value), .invalidARN, at: name.range) else { continue }
                if let first = seen[arn.description] {
                    duplicate("node role", arn.description, at: name.range, first: first)
                    continue
                }
                seen[arn.description] = name.range
                roles.append(NodeRole(arn: arn, range: name.range))
            }
        }
        return roles.sorted { $0.arn < $1.arn }
    }
}
