/// `app NAME in NAMESPACE { ... }`: a workload's identity, network tier, secrets and AWS access.
struct App: Sendable {
    var name: String
    var namespace: String
    /// The ServiceAccount the pods run as (default: the app's name).
    var serviceAccount: ServiceAccountName
    var tier: TierID?
    var identity: WorkloadIdentity
    /// Nil when the app needs no AWS access.
    var iamRole: IAMRoleSpec?
    /// `sg-...` ids, at most 5, in source order (the first one is the pod's primary group).
    var securityGroups: [String]
    /// Sorted by name.
    var secrets: [ExternalSecretSpec]
    var range: SourceRange

    init(
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
enum ServiceAccountName: Sendable, Hashable, Comparable, CustomStringConvertible {
    case exact(String)
    /// Contains `*` or `?`: the trust policy uses StringLike on `sub`, and no ServiceAccount is emitted.
    case pattern(String)

    var description: String {
        switch self {
        case .exact(let name), .pattern(let name): name
        }
    }

    var isPattern: Bool {
        if case .pattern = self { return true }
        return false
    }

    static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }
}

/// How pods get AWS credentials.
enum WorkloadIdentity: String, Sendable, Hashable, CaseIterable {
    /// IAM Roles for Service Accounts: OIDC web identity.
    case irsa
    /// EKS Pod Identity: the `pods.eks.amazonaws.com` service principal and an association.
    case podIdentity = "pod-identity"
}

/// The IAM role of an app or a secret store's service account.
struct IAMRoleSpec: Sendable {
    /// The name written in the source, if any; the IAM pass derives one otherwise.
    var explicitName: String?
    /// Managed policy ARNs to attach, in source order without duplicates.
    var managedPolicies: [String]
    /// The inline permission policy's statements, in source order.
    var statements: [PolicyStatement]
    /// A permissions boundary policy ARN.
    var permissionsBoundary: String?
    var range: SourceRange

    init(explicitName: String? = nil, managedPolicies: [String] = [], statements: [PolicyStatement] = [],
                permissionsBoundary: String? = nil, range: SourceRange = .empty(at: 0)) {
        self.explicitName = explicitName
        self.managedPolicies = managedPolicies
        self.statements = statements
        self.permissionsBoundary = permissionsBoundary
        self.range = range
    }
}

enum PolicyEffect: String, Sendable, Hashable {
    case allow = "Allow"
    case deny = "Deny"
}

/// One statement of a permission policy.
struct PolicyStatement: Sendable, Hashable {
    var effect: PolicyEffect
    /// `service:Action` patterns, in source order without duplicates.
    var actions: [String]
    /// ARNs or `*`, in source order without duplicates.
    var resources: [String]
    /// Sorted by (operator, key).
    var conditions: [PolicyCondition]
    var range: SourceRange

    init(effect: PolicyEffect, actions: [String], resources: [String], conditions: [PolicyCondition] = [],
                range: SourceRange = .empty(at: 0)) {
        self.effect = effect
        self.actions = actions
        self.resources = resources
        self.conditions = conditions
        self.range = range
    }
}

/// `when StringEquals "aws:SourceVpce" = "vpce-1"`
struct PolicyCondition: Sendable, Hashable, Comparable {
    var `operator`: String
    var key: String
    /// In source order.
    var values: [String]

    init(operator: String, key: String, values: [String]) {
        self.operator = `operator`
        self.key = key
        self.values = values
    }

    static func < (lhs: Self, rhs: Self) -> Bool { (lhs.operator, lhs.key) < (rhs.operator, rhs.key) }
}

/// `secret NAME from STORE { ... }`: one ExternalSecret in the app's namespace.
struct ExternalSecretSpec: Sendable {
    /// The ExternalSecret's name and the Kubernetes Secret it creates.
    var name: String
    var store: SecretStoreID
    /// A Go duration such as `1h` or `15m` (default `1h`).
    var refreshInterval: String
    /// Sorted by secret key.
    var data: [SecretDataEntry]
    /// Remote keys whose every property becomes a key (`dataFrom.extract`), sorted.
    var extracts: [String]
    /// Prefixes (ending in `/`) under which every remote secret becomes a key (`dataFrom.find`),
    /// sorted: the store's role may read everything under them.
    var prefixes: [String]
    var range: SourceRange

    init(name: String, store: SecretStoreID, refreshInterval: String = "1h", data: [SecretDataEntry] = [],
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
    var remoteKeys: [String] {
        Array(Set(data.map(\.remoteKey) + extracts)).sorted()
    }
}

/// `KEY <- "remote/key" property NAME version "V"`
struct SecretDataEntry: Sendable, Hashable {
    var secretKey: String
    var remoteKey: String
    var property: String?
    var version: String?

    init(secretKey: String, remoteKey: String, property: String? = nil, version: String? = nil) {
        self.secretKey = secretKey
        self.remoteKey = remoteKey
        self.property = property
        self.version = version
    }
}

/// A secret store's identity: namespaced (SecretStore) or cluster-wide (ClusterSecretStore).
struct SecretStoreID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Nil for a ClusterSecretStore.
    var namespace: String?
    var name: String

    init(namespace: String?, name: String) {
        self.namespace = namespace
        self.name = name
    }

    var isClusterWide: Bool { namespace == nil }
    /// `SecretStore` or `ClusterSecretStore`.
    var kind: String { isClusterWide ? "ClusterSecretStore" : "SecretStore" }
    var description: String { namespace.map { "\($0)/\(name)" } ?? name }

    static func < (lhs: Self, rhs: Self) -> Bool {
        ((lhs.namespace ?? ""), lhs.name) < ((rhs.namespace ?? ""), rhs.name)
    }
}

enum SecretProvider: String, Sendable, Hashable, CaseIterable {
    case secretsManager = "secretsmanager"
    case parameterStore = "parameterstore"

    /// The External Secrets Operator's `spec.provider.aws.service`.
    var esoServiceName: String {
        self == .secretsManager ? "SecretsManager" : "ParameterStore"
    }
}

/// `secretstore` / `clustersecretstore`: where ExternalSecrets read from, with which identity.
struct SecretStore: Sendable {
    var id: SecretStoreID
    var provider: SecretProvider
    var region: String
    /// The ServiceAccount the operator authenticates as (jwt auth); always has a namespace.
    var serviceAccount: ServiceAccountRef
    var explicitRoleName: String?
    /// KMS keys that encrypt the secrets, sorted.
    var kmsKeys: [ARN]
    /// ClusterSecretStore only: the namespaces that may use it (`namespaces`), sorted.
    var allowedNamespaces: [String]
    /// ClusterSecretStore only: the labels a namespace needs to use it (`namespace-selector`), sorted.
    var namespaceSelector: [Label]
    var range: SourceRange

    init(id: SecretStoreID, provider: SecretProvider, region: String, serviceAccount: ServiceAccountRef,
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
    var isRestricted: Bool { !allowedNamespaces.isEmpty || !namespaceSelector.isEmpty }

    /// Whether an ExternalSecret in `namespace` (with `labels`) may use the store. ESO admits a
    /// namespace that matches any one condition.
    func admits(namespace: String, labels: Set<Label>) -> Bool {
        guard id.isClusterWide, isRestricted else { return id.namespace == nil || id.namespace == namespace }
        return allowedNamespaces.contains(namespace)
            || (!namespaceSelector.isEmpty && namespaceSelector.allSatisfy(labels.contains))
    }
}

/// A ServiceAccount by namespace and name.
struct ServiceAccountRef: Sendable, Hashable, Comparable, CustomStringConvertible {
    var namespace: String
    var name: String

    init(namespace: String, name: String) {
        self.namespace = namespace
        self.name = name
    }

    var description: String { "\(namespace)/\(name)" }

    static func < (lhs: Self, rhs: Self) -> Bool { (lhs.namespace, lhs.name) < (rhs.namespace, rhs.name) }
}
