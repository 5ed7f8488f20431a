/// `app NAME in NAMESPACE { ... }`: a workload's identity, network tier, secrets and AWS access.
public struct App: Sendable {
    public var name: String
    public var namespace: String
    /// The ServiceAccount the pods run as (default: the app's name).
    public var serviceAccount: ServiceAccountName
    public var tier: TierID?
    public var identity: WorkloadIdentity
    /// Nil when the app needs no AWS access.
    public var iamRole: IAMRoleSpec?
    /// `sg-...` ids, at most 5, in source order (the first one is the pod's primary group).
    public var securityGroups: [String]
    /// Sorted by name.
    public var secrets: [ExternalSecretSpec]
    public var range: SourceRange

    public init(
        name: String, namespace: String, serviceAccount: ServiceAccountName, tier: TierID? = nil,
        identity: WorkloadIdentity = .irsa, iamRole: IAMRoleSpec? = nil, securityGroups: [String] = [],
        secrets: [ExternalSecretSpec] = [], range: SourceRange = .empty(at: 0)
    ) {
        self.name = name
        self.namespace = namespace
        self.serviceAccount = serviceAccount
        self.tier = tier
        self.identity = identity
        self.iamRole = iamRole
        self.securityGroups = securityGroups
        self.secrets = secrets
        self.range = range
    }
}

/// A ServiceAccount name, or a pattern (`batch-*`) that only an IRSA trust policy can match.
public enum ServiceAccountName: Sendable, Hashable, Comparable, CustomStringConvertible {
    case exact(String)
    /// Contains `*` or `?`: the trust policy uses StringLike on `sub`, and no ServiceAccount is emitted.
    case pattern(String)

    public var description: String {
        switch self {
        case .exact(let name), .pattern(let name): name
        }
    }

    public var isPattern: Bool {
        if case .pattern = self { return true }
        return false
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }
}

/// How pods get AWS credentials.
public enum WorkloadIdentity: String, Sendable, Hashable, CaseIterable {
    /// IAM Roles for Service Accounts: OIDC web identity.
    case irsa
    /// EKS Pod Identity: the `pods.eks.amazonaws.com` service principal and an association.
    case podIdentity = "pod-identity"
}

/// The IAM role of an app or a secret store's service account.
public struct IAMRoleSpec: Sendable {
    /// The name written in the source, if any; the IAM pass derives one otherwise.
    public var explicitName: String?
    /// Managed policy ARNs to attach, in source order without duplicates.
    public var managedPolicies: [String]
    /// The inline permission policy's statements, in source order.
    public var statements: [PolicyStatement]
    /// A permissions boundary policy ARN.
    public var permissionsBoundary: String?
    public var range: SourceRange

    public init(explicitName: String? = nil, managedPolicies: [String] = [], statements: [PolicyStatement] = [],
                permissionsBoundary: String? = nil, range: SourceRange = .empty(at: 0)) {
        self.explicitName = explicitName
        self.managedPolicies = managedPolicies
        self.statements = statements
        self.permissionsBoundary = permissionsBoundary
        self.range = range
    }
}

public enum PolicyEffect: String, Sendable, Hashable {
    case allow = "Allow"
    case deny = "Deny"
}

/// One statement of a permission policy.
public struct PolicyStatement: Sendable, Hashable {
    public var effect: PolicyEffect
    /// `service:Action` patterns, in source order without duplicates.
    public var actions: [String]
    /// ARNs or `*`, in source order without duplicates.
    public var resources: [String]
    /// Sorted by (operator, key).
    public var conditions: [PolicyCondition]
    public var range: SourceRange

    public init(effect: PolicyEffect, actions: [String], resources: [String], conditions: [PolicyCondition] = [],
                range: SourceRange = .empty(at: 0)) {
        self.effect = effect
        self.actions = actions
        self.resources = resources
        self.conditions = conditions
        self.range = range
    }
}

/// `when StringEquals "aws:SourceVpce" = "vpce-1"`
public struct PolicyCondition: Sendable, Hashable, Comparable {
    public var `operator`: String
    public var key: String
    /// In source order.
    public var values: [String]

    public init(operator: String, key: String, values: [String]) {
        self.operator = `operator`
        self.key = key
        self.values = values
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.operator, lhs.key) < (rhs.operator, rhs.key) }
}

/// `secret NAME from STORE { ... }`: one ExternalSecret in the app's namespace.
public struct ExternalSecretSpec: Sendable {
    /// The ExternalSecret's name and the Kubernetes Secret it creates.
    public var name: String
    public var store: SecretStoreID
    /// A Go duration such as `1h` or `15m` (default `1h`).
    public var refreshInterval: String
    /// Sorted by secret key.
    public var data: [SecretDataEntry]
    /// Remote keys whose every property becomes a key (`dataFrom.extract`), sorted.
    public var extracts: [String]
    /// Prefixes (ending in `/`) under which every remote secret becomes a key (`dataFrom.find`),
    /// sorted: the store's role may read everything under them.
    public var prefixes: [String]
    public var range: SourceRange

    public init(name: String, store: SecretStoreID, refreshInterval: String = "1h", data: [SecretDataEntry] = [],
                extracts: [String] = [], prefixes: [String] = [], range: SourceRange = .empty(at: 0)) {
        self.name = name
        self.store = store
        self.refreshInterval = refreshInterval
        self.data = data
        self.extracts = extracts
        self.prefixes = prefixes
        self.range = range
    }

    /// Every remote key the secret reads, sorted and unique: what the store's role must be granted.
    public var remoteKeys: [String] {
        Array(Set(data.map(\.remoteKey) + extracts)).sorted()
    }
}

/// `KEY <- "remote/key" property NAME version "V"`
public struct SecretDataEntry: Sendable, Hashable {
    public var secretKey: String
    public var remoteKey: String
    public var property: String?
    public var version: String?

    public init(secretKey: String, remoteKey: String, property: String? = nil, version: String? = nil) {
        self.secretKey = secretKey
        self.remoteKey = remoteKey
        self.property = property
        self.version = version
    }
}

/// A secret store's identity: namespaced (SecretStore) or cluster-wide (ClusterSecretStore).
public struct SecretStoreID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Nil for a ClusterSecretStore.
    public var namespace: String?
    public var name: String

    public init(namespace: String?, name: String) {
        self.namespace = namespace
        self.name = name
    }

    public var isClusterWide: Bool { namespace == nil }
    /// `SecretStore` or `ClusterSecretStore`.
    public var kind: String { isClusterWide ? "ClusterSecretStore" : "SecretStore" }
    public var description: String { namespace.map { "\($0)/\(name)" } ?? name }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        ((lhs.namespace ?? ""), lhs.name) < ((rhs.namespace ?? ""), rhs.name)
    }
}

public enum SecretProvider: String, Sendable, Hashable, CaseIterable {
    case secretsManager = "secretsmanager"
    case parameterStore = "parameterstore"

    /// The External Secrets Operator's `spec.provider.aws.service`.
    public var esoServiceName: String {
        self == .secretsManager ? "SecretsManager" : "ParameterStore"
    }
}

/// `secretstore` / `clustersecretstore`: where ExternalSecrets read from, with which identity.
public struct SecretStore: Sendable {
    public var id: SecretStoreID
    public var provider: SecretProvider
    public var region: String
    /// The ServiceAccount the operator authenticates as (jwt auth); always has a namespace.
    public var serviceAccount: ServiceAccountRef
    public var explicitRoleName: String?
    /// KMS keys that encrypt the secrets, sorted.
    public var kmsKeys: [ARN]
    /// ClusterSecretStore only: the namespaces that may use it (`namespaces`), sorted.
    public var allowedNamespaces: [String]
    /// ClusterSecretStore only: the labels a namespace needs to use it (`namespace-selector`), sorted.
    public var namespaceSelector: [Label]
    public var range: SourceRange

    public init(id: SecretStoreID, provider: SecretProvider, region: String, serviceAccount: ServiceAccountRef,
                explicitRoleName: String? = nil, kmsKeys: [ARN] = [], allowedNamespaces: [String] = [],
                namespaceSelector: [Label] = [], range: SourceRange = .empty(at: 0)) {
        self.allowedNamespaces = allowedNamespaces
        self.namespaceSelector = namespaceSelector
        self.id = id
        self.provider = provider
        self.region = region
        self.serviceAccount = serviceAccount
        self.explicitRoleName = explicitRoleName
        self.kmsKeys = kmsKeys
        self.range = range
    }
}

extension SecretStore {
    /// A ClusterSecretStore with `namespaces` or `namespace-selector`: ESO `spec.conditions`.
    public var isRestricted: Bool { !allowedNamespaces.isEmpty || !namespaceSelector.isEmpty }

    /// Whether an ExternalSecret in `namespace` (with `labels`) may use the store. ESO admits a
    /// namespace that matches any one condition.
    public func admits(namespace: String, labels: Set<Label>) -> Bool {
        guard id.isClusterWide, isRestricted else { return id.namespace == nil || id.namespace == namespace }
        return allowedNamespaces.contains(namespace)
            || (!namespaceSelector.isEmpty && namespaceSelector.allSatisfy(labels.contains))
    }
}

/// A ServiceAccount by namespace and name.
public struct ServiceAccountRef: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var namespace: String
    public var name: String

    public init(namespace: String, name: String) {
        self.namespace = namespace
        self.name = name
    }

    public var description: String { "\(namespace)/\(name)" }

    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.namespace, lhs.name) < (rhs.namespace, rhs.name) }
}
