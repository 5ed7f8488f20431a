/// An `rbac.authorization.k8s.io/v1` Role (namespaced) or ClusterRole (no namespace).
struct RoleManifest: KubernetesManifest, Hashable {
    var metadata: ObjectMeta
    var rules: [RBACRule]

    init(metadata: ObjectMeta, rules: [RBACRule]) {
        self.metadata = metadata
        self.rules = rules
    }

    var apiVersion: String { "rbac.authorization.k8s.io/v1" }
    var kind: String { metadata.namespace == nil ? "ClusterRole" : "Role" }

    var body: [Document.Entry] {
        [.init("rules", .list(rules.map(\.document)))]
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
