/// Aggregated ClusterRoles: `aggregate-to admin, edit` (labels that put a clusterrole's rules
/// into the built-in or a declared aggregated clusterrole) and `aggregate "k" = "v"` (the
/// selectors of an aggregated clusterrole, whose rules the control plane fills in).
///
/// Never wider than written: what aggregation adds is computed (`RBACAggregation`) into each
/// role's `aggregatedRules`, which lint and verify read. A selector may not use the label
/// prefixes of the built-in ClusterRoles (`rbac.authorization.k8s.io/`, `kubernetes.io/`,
/// `k8s.io/`), since it would then gather rules (up to `cluster-admin`'s) that no declaration
/// states, and must match a declared clusterrole.
extension Analysis {
    /// The `aggregate-to` lines and the first `aggregate` line of each role, resolved once every
    /// role is known.
    struct PendingAggregation {
        var targets: [RBACRoleRef: [Name]] = [:]
        var selectorRanges: [RBACRoleRef: SourceRange] = [:]
    }

    /// The label prefixes the built-in ClusterRoles carry.
    static let builtInLabelPrefixes = ["rbac.authorization.k8s.io/", "kubernetes.io/", "k8s.io/"]

    /// False after reporting aggregation in a namespaced role.
    func aggregationNeedsClusterRole(_ decl: RoleDecl, at range: SourceRange) -> Bool {
        guard let namespace = decl.namespace else { return true }
        error(.aggregationOnRole, "role '\(namespace.value)/\(decl.name.value)' is namespaced; only a clusterrole is aggregated",
              at: range, hint: "declare it as 'clusterrole \(decl.name.value)'")
        return false
    }

    /// One `aggregate` line as a selector; nil after reporting a bad label.
    func aggregationSelector(_ labels: [LabelSyntax]) -> [Label]? {
        var selector: [Label] = []
        for syntax in labels {
            guard let label = label(syntax) else { return nil }
            if let prefix = Self.builtInLabelPrefixes.first(where: { label.key.hasPrefix($0) || label.key.contains(".\($0)") }) {
                error(.reservedLabel, "label '\(label.key)' is the built-in ClusterRoles' ('\(prefix)'): the selector would gather rules no declaration states",
                      at: syntax.key.range, hint: "choose a key of your own, such as 'example.com/aggregate-to-monitoring'")
                return nil
            }
            if let reason = ReservedLabels.reason(forKey: label.key) {
                error(.reservedLabel, "label '\(label.key)' is owned by ekssc: \(reason)", at: syntax.key.range)
                return nil
            }
            selector.append(label)
        }
        return Array(Set(selector)).sorted()
    }

    /// Labels from `aggregate-to`, then the rules each aggregated clusterrole is filled with.
    func resolveAggregation(_ roles: [RBACRole], _ pending: PendingAggregation) -> [RBACRole] {
        var roles = roles
        let aggregated = Dictionary(roles.filter(\.isAggregated).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for index in roles.indices {
            guard let targets = pending.targets[roles[index].reference] else { continue }
            var labels: Set<Label> = []
            for target in targets {
                if RBACAggregation.builtInNames.contains(target.value) {
                    labels.insert(Label(key: RBACAggregation.label(into: target.value), value: "true"))
                } else if let into = aggregated[target.value], into.name != roles[index].name {
                    labels.formUnion(into.aggregationSelectors[0])
                } else {
                    error(.undefinedRole, "'\(target.value)' is not an aggregated clusterrole", at: target.range,
                          hint: "aggregate-to names admin, edit, view, or a clusterrole declared with 'aggregate'")
                }
            }
            roles[index].aggregationLabels = labels.sorted()
        }
        let members = roles.filter(\.isClusterRole).map { role in
            RBACAggregation.Member(name: role.name, labels: Dictionary(role.aggregationLabels.map { ($0.key, $0.value) },
                                                                       uniquingKeysWith: { first, _ in first }),
                                   selectors: role.aggregationSelectors.map { Dictionary($0.map { ($0.key, $0.value) },
                                                                                          uniquingKeysWith: { first, _ in first }) },
                                   rules: role.rules)
        }
        let filled = RBACAggregation.filled(members)
        builtInAggregatedRules = filled.filter { name, _ in !roles.contains { $0.isClusterRole && $0.name == name } }
        for index in roles.indices where roles[index].isAggregated {
            let ref = roles[index].reference
            let range = pending.selectorRanges[ref] ?? roles[index].range
            if !roles[index].rules.isEmpty {
                error(.aggregatedRoleRules, "clusterrole '\(ref.name)' is aggregated: the control plane replaces its 'allow' rules",
                      at: range, hint: "move the rules into a clusterrole with 'aggregate-to \(ref.name)'")
            }
            let matched = members.contains { $0.name != ref.name && RBACAggregation.matches(
                roles[index].aggregationSelectors.map { Dictionary($0.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a }) },
                $0.labels) }
            if !matched {
                error(.aggregationSelectsNothing, "no declared clusterrole matches the selectors of '\(ref.name)'", at: range,
                      hint: "give a clusterrole 'aggregate-to \(ref.name)'; rules of clusterroles outside the source cannot be checked")
            }
            roles[index].aggregatedRules = filled[ref.name] ?? []
        }
        return roles
    }
}
