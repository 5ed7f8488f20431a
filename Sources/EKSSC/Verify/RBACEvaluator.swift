/// Decides whether RBAC objects grant a request, following the Kubernetes RBAC reference: a
/// RoleBinding grants its role's rules (a Role of its namespace, or a ClusterRole) inside its
/// namespace only; a ClusterRoleBinding grants a ClusterRole's rules everywhere and on
/// cluster-scoped resources and non-resource URLs. A rule matches when its verbs, apiGroups and
/// resources (`resource/subresource`) contain the request's or `*`, and its resourceNames are
/// empty or contain the requested name. Permissions only add up; nothing denies.
struct RBACEvaluator {
    struct Rule: Sendable, Hashable {
        var verbs: [String]
        var apiGroups: [String]
        var resources: [String]
        var resourceNames: [String]
        var nonResourceURLs: [String]
    }

    struct Binding: Sendable {
        /// Nil for a ClusterRoleBinding.
        var namespace: String?
        var subjects: [RBACSubject]
        var rules: [Rule]
    }

    /// One request: a verb on a resource (group, `resource[/subresource]`, optional name) in a
    /// namespace (nil: cluster scope), or on a non-resource URL.
    struct Request: Hashable, Comparable {
        var verb: String
        var group: String
        var resource: String
        var name: String?
        var nonResourceURL: String?

        var description: String {
            if let url = nonResourceURL { return "\(verb) \(url)" }
            let qualified = group.isEmpty ? resource : "\(resource).\(group)"
            return name.map { "\(verb) \(qualified) named \($0)" } ?? "\(verb) \(qualified)"
        }

        static func < (lhs: Request, rhs: Request) -> Bool { lhs.description < rhs.description }
    }

    var bindings: [Binding]

    /// The same evaluator with only the bindings that name `subject` (faster for many questions about one subject).
    func restricted(to subject: RBACSubject) -> RBACEvaluator {
        RBACEvaluator(bindings: bindings.filter { $0.subjects.contains(subject) })
    }

    func allows(_ subject: RBACSubject, _ request: Request, in namespace: String?) -> Bool {
        bindings.contains { binding in
            binding.subjects.contains(subject)
                && (binding.namespace == nil || (request.nonResourceURL == nil && binding.namespace == namespace))
                && binding.rules.contains { Self.matches($0, request) }
        }
    }

    static func matches(_ rule: Rule, _ request: Request) -> Bool {
        guard rule.verbs.contains(request.verb) || rule.verbs.contains("*") else { return false }
        if let url = request.nonResourceURL {
            return rule.nonResourceURLs.contains { $0 == url || $0 == "*" || ($0.hasSuffix("*") && url.hasPrefix(String($0.dropLast()))) }
        }
        return (rule.apiGroups.contains(request.group) || rule.apiGroups.contains("*"))
            && (rule.resources.contains(request.resource) || rule.resources.contains("*")
                || (request.resource.contains("/") && rule.resources.contains("*/" + request.resource.split(separator: "/").dropFirst().joined(separator: "/"))))
            && (rule.resourceNames.isEmpty || request.name.map(rule.resourceNames.contains) ?? false)
    }

    /// Reads Roles, ClusterRoles and their bindings; a binding to a missing role grants nothing,
    /// except to the built-in admin, edit and view, which grant what the emitted ClusterRoles
    /// aggregate into them. An aggregated ClusterRole grants the rules of the ClusterRoles its
    /// selectors match (`RBACAggregation`); a selector other than non-empty `matchLabels` is
    /// refused, since what it matches cannot be evaluated.
    init(documents: [(path: String, document: Document)]) throws(VerifyError) {
        var roles: [String: [Rule]] = [:]   // "Role ns/name" or "ClusterRole name"
        var members: [RBACAggregation.Member<Rule>] = []
        for (path, document) in documents {
            let kind = document["kind"]?.stringValue
            guard kind == "Role" || kind == "ClusterRole", let name = document["metadata"]?["name"]?.stringValue else { continue }
            let namespace = document["metadata"]?["namespace"]?.stringValue ?? ""
            var rules: [Rule] = []
            for rule in document["rules"]?.listValue ?? [] {
                func strings(_ key: String) -> [String] { rule[key]?.listValue?.compactMap(\.stringValue) ?? [] }
                guard rule["verbs"] != nil else { throw .shape(path + ": rules", "verbs in every rule") }
                rules.append(Rule(verbs: strings("verbs"), apiGroups: strings("apiGroups"), resources: strings("resources"),
                                  resourceNames: strings("resourceNames"), nonResourceURLs: strings("nonResourceURLs")))
            }
            roles[kind == "Role" ? "Role \(namespace)/\(name)" : "ClusterRole \(name)"] = rules
            if kind == "ClusterRole" {
                members.append(RBACAggregation.Member(
                    name: name, labels: Self.stringMap(document["metadata"]?["labels"]),
                    selectors: try Self.selectors(document["aggregationRule"], path: path), rules: rules))
            }
        }
        for (name, added) in RBACAggregation.filled(members) {
            roles["ClusterRole \(name)", default: []] += added
        }
        var bindings: [Binding] = []
        for (path, document) in documents {
            let kind = document["kind"]?.stringValue
            guard kind == "RoleBinding" || kind == "ClusterRoleBinding" else { continue }
            let namespace = kind == "RoleBinding" ? document["metadata"]?["namespace"]?.stringValue ?? "default" : nil
            guard let refKind = document["roleRef"]?["kind"]?.stringValue, let refName = document["roleRef"]?["name"]?.stringValue
            else { throw .shape(path + ": roleRef", "kind and name") }
            let key = refKind == "Role" ? "Role \(namespace ?? "")/\(refName)" : "ClusterRole \(refName)"
            var subjects: [RBACSubject] = []
            for subject in document["subjects"]?.listValue ?? [] {
                guard let name = subject["name"]?.stringValue else { throw .shape(path + ": subjects", "names") }
                switch subject["kind"]?.stringValue {
                case "User": subjects.append(.user(name))
                case "Group": subjects.append(.group(name))
                case "ServiceAccount":
                    subjects.append(.serviceAccount(ServiceAccountRef(namespace: subject["namespace"]?.stringValue ?? namespace ?? "default", name: name)))
                default: throw .shape(path + ": subjects", "User, Group or ServiceAccount")
                }
            }
            bindings.append(Binding(namespace: namespace, subjects: subjects, rules: roles[key] ?? []))
        }
        self.bindings = bindings
    }

    /// A mapping of strings (labels, `matchLabels`); anything else counts as empty.
    private static func stringMap(_ document: Document?) -> [String: String] {
        guard case .map(let entries)? = document else { return [:] }
        var result: [String: String] = [:]
        for entry in entries { if let value = entry.value.stringValue { result[entry.key] = value } }
        return result
    }

    /// `aggregationRule.clusterRoleSelectors`, each a non-empty `matchLabels` and nothing else.
    private static func selectors(_ rule: Document?, path: String) throws(VerifyError) -> [[String: String]] {
        guard let rule else { return [] }
        var selectors: [[String: String]] = []
        for selector in rule["clusterRoleSelectors"]?.listValue ?? [] {
            let labels = stringMap(selector["matchLabels"])
            guard selector["matchExpressions"] == nil, !labels.isEmpty else {
                throw .shape(path + ": aggregationRule", "a non-empty matchLabels in every selector")
            }
            selectors.append(labels)
        }
        return selectors
    }

    init(bindings: [Binding]) {
        self.bindings = bindings
    }
}
