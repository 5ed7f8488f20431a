/// An `rbac.authorization.k8s.io/v1` Role (namespaced) or ClusterRole (no namespace).
public struct RoleManifest: KubernetesManifest, Hashable {
    public var metadata: ObjectMeta
    public var rules: [RBACRule]

    public init(metadata: ObjectMeta, rules: [RBACRule]) {
        self.metadata = metadata
        self.rules = rules
    }

    public var apiVersion: String { "rbac.authorization.k8s.io/v1" }
    public var kind: String { metadata.namespace == nil ? "ClusterRole" : "Role" }

    public var body: [Document.Entry] {
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
