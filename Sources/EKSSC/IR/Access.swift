/// `role` / `clusterrole`: a set of RBAC rules.
struct RBACRole: Sendable {
    var name: String
    /// Nil for a ClusterRole.
    var namespace: String?
    /// In source order.
    var rules: [RBACRule]
    var range: SourceRange

    /// ClusterRole labels that put its rules into aggregated ClusterRoles
    /// (`rbac.authorization.k8s.io/aggregate-to-admin: "true"`), sorted.
    var aggregationLabels: [Label] = []
    /// An aggregated ClusterRole's `aggregationRule.clusterRoleSelectors`: each selector's labels
    /// (all required). Non-empty: the role has no rules of its own; the control plane fills them in.
    var aggregationSelectors: [[Label]] = []
    /// The rules the control plane adds to an aggregated ClusterRole: those of every declared
    /// ClusterRole a selector matches (`RBACAggregation`).
    var aggregatedRules: [RBACRule] = []

    init(name: String, namespace: String?, rules: [RBACRule], range: SourceRange = .empty(at: 0)) {
        self.name = name
        self.namespace = namespace
        self.rules = rules
        self.range = range
    }

    /// What a subject bound to the role may do: its own rules and the aggregated ones. What lint
    /// and verify look at, so that aggregation never hides access.
    var effectiveRules: [RBACRule] { rules + aggregatedRules }

    /// Whether the control plane fills in the rules.
    var isAggregated: Bool { !aggregationSelectors.isEmpty }

    var isClusterRole: Bool { namespace == nil }
    var reference: RBACRoleRef { RBACRoleRef(name: name, namespace: namespace) }
}

/// One PolicyRule: a source `allow` line yields one rule per API group it names.
struct RBACRule: Sendable, Hashable {
    /// In source order, unique.
    var verbs: [String]
    /// `""` is the core group. Empty for a non-resource rule.
    var apiGroups: [String]
    /// `pods`, `pods/log`, `*`; in source order, unique.
    var resources: [String]
    var resourceNames: [String]
    /// `/healthz`, `/metrics`: ClusterRole only.
    var nonResourceURLs: [String]
    /// The `allow` statement the rule comes from; not part of the rule's identity.
    var range: SourceRange

    init(verbs: [String], apiGroups: [String] = [], resources: [String] = [], resourceNames: [String] = [],
                nonResourceURLs: [String] = [], range: SourceRange = .empty(at: 0)) {
        self.verbs = verbs
        self.apiGroups = apiGroups
        self.resources = resources
        self.resourceNames = resourceNames
        self.nonResourceURLs = nonResourceURLs
        self.range = range
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        (lhs.verbs, lhs.apiGroups, lhs.resources, lhs.resourceNames, lhs.nonResourceURLs)
            == (rhs.verbs, rhs.apiGroups, rhs.resources, rhs.resourceNames, rhs.nonResourceURLs)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(verbs)
        hasher.combine(apiGroups)
        hasher.combine(resources)
        hasher.combine(resourceNames)
        hasher.combine(nonResourceURLs)
    }
}

/// A role by name: a Role when `namespace` is set, a ClusterRole otherwise.
struct RBACRoleRef: Sendable, Hashable, Comparable {
    var name: String
    var namespace: String?

    init(name: String, namespace: String?) {
        self.name = name
        self.namespace = namespace
    }

    var kind: String { namespace == nil ? "ClusterRole" : "Role" }

    static func < (lhs: Self, rhs: Self) -> Bool {
        ((lhs.namespace ?? ""), lhs.name) < ((rhs.namespace ?? ""), rhs.name)
    }
}

/// Every subject bound to one role in one place: a RoleBinding in `namespace`, or a
/// ClusterRoleBinding when `namespace` is nil (only for a ClusterRole).
struct RBACBinding: Sendable {
    var role: RBACRoleRef
    var namespace: String?
    /// Sorted, unique.
    var subjects: [RBACSubject]
    var range: SourceRange

    init(role: RBACRoleRef, namespace: String?, subjects: [RBACSubject], range: SourceRange = .empty(at: 0)) {
        self.role = role
        self.namespace = namespace
        self.subjects = subjects
        self.range = range
    }

    var isClusterRoleBinding: Bool { namespace == nil }
}

enum RBACSubject: Sendable, Hashable, Comparable {
    case user(String)
    case group(String)
    case serviceAccount(ServiceAccountRef)

    private var sortKey: (Int, String, String) {
        switch self {
        case .user(let name): (0, name, "")
        case .group(let name): (1, name, "")
        case .serviceAccount(let ref): (2, ref.namespace, ref.name)
        }
    }

    static func < (lhs: Self, rhs: Self) -> Bool { lhs.sortKey < rhs.sortKey }
}

/// An IAM user or role mapped into the cluster (aws-auth and access entries).
struct IAMPrincipal: Sendable {
    enum Kind: String, Sendable, Hashable {
        case user
        case role
    }

    var kind: Kind
    /// The declaration's name.
    var name: String
    /// As written; a role ARN may carry a path (the aws-auth pass reduces it).
    var arn: ARN
    /// The Kubernetes username (default: the declaration's name).
    var username: String
    /// Sorted, unique.
    var groups: [String]
    /// Sorted by policy name.
    var accessPolicies: [AccessPolicyAssociation]
    var range: SourceRange

    init(kind: Kind, name: String, arn: ARN, username: String, groups: [String] = [],
                accessPolicies: [AccessPolicyAssociation] = [], range: SourceRange = .empty(at: 0)) {
        self.kind = kind
        self.name = name
        self.arn = arn
        self.username = username
        self.groups = groups
        self.accessPolicies = accessPolicies
        self.range = range
    }
}

/// `access-policy AmazonEKSViewPolicy [in ns, ...]`
struct AccessPolicyAssociation: Sendable, Hashable, Comparable {
    /// The policy's short name, e.g. `AmazonEKSViewPolicy`.
    var policyName: String
    /// Empty: cluster scope. Otherwise sorted namespaces.
    var namespaces: [String]

    init(policyName: String, namespaces: [String] = []) {
        self.policyName = policyName
        self.namespaces = namespaces
    }

    /// `arn:<partition>:eks::aws:cluster-access-policy/<name>`
    func policyARN(partition: Partition) -> String {
        "arn:\(partition.rawValue):eks::aws:cluster-access-policy/\(policyName)"
    }

    static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.policyName, lhs.namespaces.joined(separator: ",")) < (rhs.policyName, rhs.namespaces.joined(separator: ","))
    }
}

/// `nodes "ARN"`: an EC2 node instance role.
struct NodeRole: Sendable {
    var arn: ARN
    var range: SourceRange

    init(arn: ARN, range: SourceRange = .empty(at: 0)) {
        self.arn = arn
        self.range = range
    }
}
