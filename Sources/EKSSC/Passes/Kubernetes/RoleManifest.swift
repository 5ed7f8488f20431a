/// An `rbac.authorization.k8s.io/v1` Role (namespaced) or ClusterRole (no namespace).
struct RoleManifest: KubernetesManifest, Hashable {
    var metadata: ObjectMeta
    var rules: [RBACRule]
    /// An aggregated ClusterRole's selectors (`aggregationRule.clusterRoleSelectors`, each
    /// as `matchLabels`); its `rules` are then empty: the control plane fills them in.
    var aggregationSelectors: [[Label]]

    init(metadata: ObjectMeta, rules: [RBACRule], aggregationSelectors: [[Label]] = []) {
        self.metadata = metadata
        self.rules = rules
        self.aggregationSelectors = aggregationSelectors
    }

    var apiVersion: String { "rbac.authorization.k8s.io/v1" }
    var kind: String { metadata.namespace == nil ? "ClusterRole" : "Role" }

    var body: [Document.Entry] {
        guard !aggregationSelectors.isEmpty else { return [.init("rules", .list(rules.map(\.document)))] }
        let selectors = aggregationSelectors.map { selector in
            Document.map(["matchLabels": .map(selector.map { Document.Entry($0.key, .string($0.value)) })])
        }
        return [
            .init("aggregationRule", .map(["clusterRoleSelectors": .list(selectors)])),
            .init("rules", .list([])),
        ]
    }
}

extension RBACRule {
    /// Keys in the order apiGroups, resources, resourceNames, nonResourceURLs, verbs. Empty lists
    /// are left out, except that a resource rule always has `apiGroups` (`[""]` is the core group).
    var document: Document {
        let isResourceRule = !resources.isEmpty
        return .map([
            "apiGroups": isResourceRule ? .strings(apiGroups) : .nonEmptyStrings(apiGroups),
            "resources": .nonEmptyStrings(resources),
            "resourceNames": .nonEmptyStrings(resourceNames),
            "nonResourceURLs": .nonEmptyStrings(nonResourceURLs),
            "verbs": .strings(verbs),
        ])
    }
}
