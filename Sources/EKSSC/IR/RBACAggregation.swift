/// How the control plane fills aggregated ClusterRoles (Kubernetes documentation, "Aggregated
/// ClusterRoles"): a ClusterRole with an `aggregationRule` gets the rules of every ClusterRole
/// whose labels match any of its `clusterRoleSelectors` (all labels of a selector required).
///
/// The built-in `admin`, `edit` and `view` are aggregated too: each selects
/// `rbac.authorization.k8s.io/aggregate-to-<name>: "true"`, and the built-in `view` carries
/// `aggregate-to-edit`, `edit` carries `aggregate-to-admin`, so rules aggregated to `view` reach
/// `edit` and `admin` as well. Their own rules are not modelled (a binding to a built-in grants
/// them, as the cluster defines them); what declared ClusterRoles add to them is.
///
/// Aggregation is transitive (a filled role is matched with its filled rules), so the result
/// is computed to a fixed point. Used for the declarations (`Analysis`) and, independently of
/// them, for the emitted objects (`RBACEvaluator`).
enum RBACAggregation {
    /// One ClusterRole as aggregation sees it.
    struct Member<Rule: Hashable> {
        var name: String
        var labels: [String: String]
        var selectors: [[String: String]]
        var rules: [Rule]

        init(name: String, labels: [String: String], selectors: [[String: String]], rules: [Rule]) {
            self.name = name
            self.labels = labels
            self.selectors = selectors
            self.rules = rules
        }
    }

    /// The label that puts a ClusterRole's rules into the aggregated ClusterRole `name`.
    static func label(into name: String) -> String { "rbac.authorization.k8s.io/aggregate-to-\(name)" }

    /// The built-in aggregated ClusterRoles, without their own rules.
    static let builtInNames = ["admin", "edit", "view"]

    static func builtIns<Rule: Hashable>() -> [Member<Rule>] {
        [
            Member(name: "admin", labels: [:], selectors: [[label(into: "admin"): "true"]], rules: []),
            Member(name: "edit", labels: [label(into: "admin"): "true"], selectors: [[label(into: "edit"): "true"]], rules: []),
            Member(name: "view", labels: [label(into: "edit"): "true"], selectors: [[label(into: "view"): "true"]], rules: []),
        ]
    }

    /// The rules the control plane adds to each aggregated role of `roles` plus the built-ins
    /// (a declared role named like a built-in replaces it), by name; in name order of the members
    /// matched, each rule once.
    static func filled<Rule: Hashable>(_ roles: [Member<Rule>]) -> [String: [Rule]] {
        let declared = Set(roles.map(\.name))
        let members = (roles + builtIns().filter { !declared.contains($0.name) }).sorted { $0.name < $1.name }
        var added: [String: [Rule]] = [:]
        // Each round can only add rules; a role's rules are bounded, so this ends.
        for _ in 0...members.count {
            var changed = false
            for member in members where !member.selectors.isEmpty {
                var rules: [Rule] = []
                var seen: Set<Rule> = []
                for other in members where other.name != member.name && matches(member.selectors, other.labels) {
                    for rule in other.rules + (added[other.name] ?? []) where seen.insert(rule).inserted {
                        rules.append(rule)
                    }
                }
                if rules != added[member.name] ?? [] {
                    added[member.name] = rules
                    changed = true
                }
            }
            if !changed { break }
        }
        return added.filter { !$0.value.isEmpty }
    }

    /// Whether any selector's labels are all among `labels` (an empty selector never comes here:
    /// it would match every ClusterRole of the cluster, which nobody can evaluate).
    static func matches(_ selectors: [[String: String]], _ labels: [String: String]) -> Bool {
        selectors.contains { selector in
            !selector.isEmpty && selector.allSatisfy { labels[$0.key] == $0.value }
        }
    }
}
