/// `role` / `clusterrole`: a set of RBAC rules.
public struct RBACRole: Sendable {
    public var name: String
    /// Nil for a ClusterRole.
    public var namespace: String?
    /// In source order.
    public var rules: [RBACRule]
    public var range: SourceRange

    public init(name: String, namespace: String?, rules: [RBACRule], range: SourceRange = .empty(at: 0)) {
        self.name = name
        self.namespace = namespace
        self.rules = rules
        self.range = range
    }

    public var isClusterRole: Bool { namespace == nil }
    public var reference: RBACRoleRef { RBACRoleRef(name: name, namespace: namespace) }
}

/// One PolicyRule: a source `allow` line yields one rule per API group it names.
public struct RBACRule: Sendable, Hashable {
    /// In source order, unique.
    public var verbs: [String]
    /// `""` is the core group. Empty for a non-resource rule.
    public var apiGroups: [String]
    /// `pods`, `pods/log`, `*`; in source order, unique.
    public var resources: [String]
    public var resourceNames: [String]
    /// `/healthz`, `/metrics`: ClusterRole only.
    public var nonResourceURLs: [String]
    /// The `allow` statement the rule comes from; not part of the rule's identity.
    public var range: SourceRange

    public init(verbs: [String], apiGroups: [String] = [], resources: [String] = [], resourceNames: [String] = [],
                nonResourceURLs: [String] = [], range: SourceRange = .empty(at: 0)) {
        self.verbs = verbs
        self.apiGroups = apiGroups
        self.resources = resources
        self.resourceNames = resourceNames
        self.nonResourceURLs = nonResourceURLs
        self.range = range
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        (lhs.verbs, lhs.apiGroups, lhs.resources, lhs.resourceNames, lhs.nonResourceURLs)
            == (rhs.verbs, rhs.apiGroups, rhs.resources, rhs.resourceNames, rhs.nonResourceURLs)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(verbs)
        hasher.combine(apiGroups)
        hasher.combine(resources)
        hasher.combine(resourceNames)
        hasher.combine(nonResourceURLs)
    }
}

/// A role by name: a Role when `namespace` is set, a ClusterRole otherwise.
public struct RBACRoleRef: Sendable, Hashable, Comparable {
    public var name: String
    public var namespace: String?

    public init(name: String, namespace: String?) {
        self.name = name
        self.namespace = namespace
    }

    public var kind: String { namespace == nil ? "ClusterRole" : "Role" }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        ((lhs.namespace ?? ""), lhs.name) < ((rhs.namespace ?? ""), rhs.name)
    }
}

/// Every subject bound to one role in one place: a RoleBinding in `namespace`, or a
/// ClusterRoleBinding when `namespace` is nil (only for a ClusterRole).
public struct RBACBinding: Sendable {
    public var role: RBACRoleRef
    public var namespace: String?
    /// Sorted, unique.
    public var subjects: [RBACSubject]
    public var range: SourceRange

    public init(role: RBACRoleRef, namespace: String?, subjects: [RBACSubject], range: SourceRange = .empty(at: 0)) {
        self.role = role
        self.namespace = namespace
        self.subjects = subjects
        self.range = range
    }

    public var isClusterRoleBinding: Bool { namespace == nil }
}

public enum RBACSubject: Sendable, Hashable, Comparable {
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

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.sortKey < rhs.sortKey }
}

/// An IAM user or role mapped into the cluster (aws-auth and access entries).
public struct IAMPrincipal: Sendable {
    public enum Kind: String, Sendable, Hashable {
        case user
        case role
    }

    public var kind: Kind
    /// The declaration's name.
    public var name: String
    /// As written; a role ARN may carry a path (the aws-auth pass reduces it).
    public var arn: ARN
    /// The Kubernetes username (default: the declaration's name).
    public var username: String
    /// Sorted, unique.
    public var groups: [String]
    /// Sorted by policy name.
    public var accessPolicies: [AccessPolicyAssociation]
    public var range: SourceRange

    public init(kind: Kind, name: String, arn: ARN, username: String, groups: [String] = [],
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
public struct AccessPolicyAssociation: Sendable, Hashable, Comparable {
    /// The policy's short name, e.g. `AmazonEKSViewPolicy`.
    public var policyName: String
    /// Empty: cluster scope. Otherwise sorted namespaces.
    public var namespaces: [String]

    public init(policyName: String, namespaces: [String] = []) {
        self.policyName = policyName
        self.namespaces = namespaces
    }

    /// `arn:<partition>:eks::aws:cluster-access-policy/<name>`
    public func policyARN(partition: Partition) -> String {
        "arn:\(partition.rawValue):eks::aws:cluster-access-policy/\(policyName)"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.policyName, lhs.namespaces.joined(separator: ",")) < (rhs.policyName, rhs.namespaces.joined(separator: ","))
    }
}

/// `nodes "ARN"`: an EC2 node instance role.
public struct NodeRole: Sendable {
    public var arn: ARN
    public var range: SourceRange

    public init(arn: ARN, range: SourceRange = .empty(at: 0)) {
        self.arn = arn
        self.range = range
    }
}
