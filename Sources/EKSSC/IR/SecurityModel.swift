/// The checked, resolved meaning of a `.sec` file: what the passes lower into output objects.
///
/// Every reference is resolved and every value validated. Collections are sorted by their
/// natural key (see each type), so anything derived from the model is independent of the order
/// of declarations in the source. Source ranges are kept for diagnostics of later passes.
/// Opaque to library users: pass it back through `Compilation` (graph, diff, verify).
public struct SecurityModel: Sendable {
    var cluster: Cluster
    /// Sorted by name.
    var namespaces: [Namespace]
    /// Sorted by `id`.
    var tiers: [Tier]
    /// Sorted by (source, destination) endpoint, then ports.
    var flows: [Flow]
    /// Sorted by (namespace, name).
    var apps: [App]
    /// Sorted by (scope, name).
    var secretStores: [SecretStore]
    /// Sorted by (namespace ?? "", name); cluster roles first.
    var rbacRoles: [RBACRole]
    /// Every binding of every role, one per (role, binding namespace); subjects sorted.
    var rbacBindings: [RBACBinding]
    /// IAM users and roles mapped into the cluster, sorted by ARN.
    var principals: [IAMPrincipal]
    /// Node instance roles, sorted by ARN.
    var nodeRoles: [NodeRole]
    /// Sorted by name.
    var storageClasses: [StorageClass]
    /// The rules declared clusterroles add to the built-in `admin`, `edit` and `view` through
    /// `aggregate-to` (their own rules are the cluster's), by name.
    var builtInAggregatedRules: [String: [RBACRule]] = [:]

    /// What a binding to `role` grants as far as the source states it: a declared role's own and
    /// aggregated rules, or what declared clusterroles add to a built-in one.
    func grantedRules(of role: RBACRoleRef) -> [RBACRule] {
        if let declared = rbacRoles.first(where: { $0.reference == role }) { return declared.effectiveRules }
        return role.namespace == nil ? builtInAggregatedRules[role.name] ?? [] : []
    }

    init(
        cluster: Cluster, namespaces: [Namespace] = [], tiers: [Tier] = [], flows: [Flow] = [],
        apps: [App] = [], secretStores: [SecretStore] = [], rbacRoles: [RBACRole] = [],
        rbacBindings: [RBACBinding] = [], principals: [IAMPrincipal] = [], nodeRoles: [NodeRole] = [],
        storageClasses: [StorageClass] = []
    ) {
        self.cluster = cluster
        self.namespaces = namespaces
        self.tiers = tiers
        self.flows = flows
        self.apps = apps
        self.secretStores = secretStores
        self.rbacRoles = rbacRoles
        self.rbacBindings = rbacBindings
        self.principals = principals
        self.nodeRoles = nodeRoles
        self.storageClasses = storageClasses
    }
}

/// The AWS partition: decides ARN prefixes and service principals' domains.
enum Partition: String, Sendable, Hashable, CaseIterable {
    case aws
    case awsCN = "aws-cn"
    case awsUSGov = "aws-us-gov"

    /// The partition of a region (`cn-*` → aws-cn, `us-gov-*` → aws-us-gov).
    static func of(region: String) -> Partition {
        if region.hasPrefix("cn-") { return .awsCN }
        if region.hasPrefix("us-gov-") { return .awsUSGov }
        return .aws
    }

    /// The DNS suffix of the partition (`amazonaws.com`, `amazonaws.com.cn`).
    var dnsSuffix: String {
        self == .awsCN ? "amazonaws.com.cn" : "amazonaws.com"
    }
}

/// `cluster NAME { ... }`
struct Cluster: Sendable {
    var name: String
    /// 12 digits.
    var account: String
    var region: String
    var partition: Partition
    /// The issuer URL, `https://oidc.eks.<region>.amazonaws.com/id/<ID>`.
    var oidcIssuer: String
    var secretsEncryptionKey: ARN?
    /// In the canonical order api, audit, authenticator, controllerManager, scheduler.
    var logging: [ControlPlaneLogType]
    var endpoint: EndpointAccess?
    var publicAccessCIDRs: [String]
    var authenticationMode: AuthenticationMode?
    /// True with `oidc-provider existing`: the output then leaves the provider out.
    var oidcProviderExists: Bool
    var monitoring: Monitoring
    /// `require-boundary`: every app role must name a permissions boundary.
    var requiresPermissionsBoundary: Bool
    /// How pods reach AWS APIs; nil when the file does not say (no derived AWS egress).
    var awsEndpoints: AWSEndpoints?
    /// `ip-family`: IPv6 clusters reach the Pod Identity agent and AWS over IPv6 too.
    var ipFamily: IPFamily
    var range: SourceRange

    init(
        name: String, account: String, region: String, partition: Partition, oidcIssuer: String,
        secretsEncryptionKey: ARN? = nil, logging: [ControlPlaneLogType] = [], endpoint: EndpointAccess? = nil,
        publicAccessCIDRs: [String] = [], authenticationMode: AuthenticationMode? = nil,
        oidcProviderExists: Bool = false, monitoring: Monitoring = Monitoring(),
        requiresPermissionsBoundary: Bool = false, awsEndpoints: AWSEndpoints? = nil, ipFamily: IPFamily = .ipv4,
        range: SourceRange = .empty(at: 0)
    ) {
        self.requiresPermissionsBoundary = requiresPermissionsBoundary
        self.ipFamily = ipFamily
        self.awsEndpoints = awsEndpoints
        self.name = name
        self.account = account
        self.region = region
        self.partition = partition
        self.oidcIssuer = oidcIssuer
        self.secretsEncryptionKey = secretsEncryptionKey
        self.logging = logging
        self.endpoint = endpoint
        self.publicAccessCIDRs = publicAccessCIDRs
        self.authenticationMode = authenticationMode
        self.oidcProviderExists = oidcProviderExists
        self.monitoring = monitoring
        self.range = range
    }

    /// The issuer without its scheme: `oidc.eks.us-west-2.amazonaws.com/id/EXAMPLE`. The prefix
    /// of the `sub` and `aud` condition keys of IRSA trust policies.
    var oidcProviderHostPath: String {
        var issuer = oidcIssuer
        if issuer.hasPrefix("https://") { issuer.removeFirst("https://".count) }
        while issuer.hasSuffix("/") { issuer.removeLast() }
        return issuer
    }

    /// `arn:<partition>:iam::<account>:oidc-provider/<host/path>`
    var oidcProviderARN: String {
        "arn:\(partition.rawValue):iam::\(account):oidc-provider/\(oidcProviderHostPath)"
    }

    /// `arn:<partition>:iam::<account>:role/<name>`
    func roleARN(_ roleName: String) -> String {
        "arn:\(partition.rawValue):iam::\(account):role/\(roleName)"
    }
}

enum ControlPlaneLogType: String, Sendable, Hashable, CaseIterable, Comparable {
    case api, audit, authenticator, controllerManager, scheduler

    static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// `aws-endpoints`: where pods send AWS API calls (STS and the services their roles name).
enum AWSEndpoints: Sendable, Hashable {
    /// The public endpoints: any address on TCP 443 except private, shared and link-local ranges.
    case `public`
    /// Interface VPC endpoints in these subnets (sorted CIDRs), on TCP 443.
    case vpc([String])
}

/// The address family of the cluster's pods (`ip-family`; IPv4 unless the file says otherwise).
enum IPFamily: String, Sendable, Hashable, CaseIterable {
    case ipv4, ipv6
}

enum EndpointAccess: String, Sendable, Hashable, CaseIterable {
    case `private`
    case `public`
    case publicAndPrivate = "public-and-private"
}

/// `oidc-provider create | existing`: whether the output creates the cluster's IAM OIDC provider
/// (the one every IRSA trust policy names) or it already exists (eksctl, Terraform, by hand).
enum OIDCProviderSource: String, Sendable, Hashable, CaseIterable {
    case create
    case existing
}

enum AuthenticationMode: String, Sendable, Hashable, CaseIterable {
    case configMap = "config-map"
    case api
    case apiAndConfigMap = "api-and-config-map"

    /// The EKS API's spelling (`CONFIG_MAP`, `API`, `API_AND_CONFIG_MAP`).
    var apiValue: String {
        switch self {
        case .configMap: "CONFIG_MAP"
        case .api: "API"
        case .apiAndConfigMap: "API_AND_CONFIG_MAP"
        }
    }
}

/// A parsed, validated ARN.
struct ARN: Sendable, Hashable, Comparable, CustomStringConvertible {
    var partition: Partition
    var service: String
    var region: String
    var account: String
    var resource: String

    init(partition: Partition, service: String, region: String, account: String, resource: String) {
        self.partition = partition
        self.service = service
        self.region = region
        self.account = account
        self.resource = resource
    }

    var description: String {
        "arn:\(partition.rawValue):\(service):\(region):\(account):\(resource)"
    }

    static func < (lhs: ARN, rhs: ARN) -> Bool { lhs.description < rhs.description }
}
