/// The syntax tree of one `.sec` file, exactly as written.
///
/// Values that the language restricts to a set of words (`endpoint private`, `ebs gp3`) are kept
/// here as the words the user wrote; semantic analysis checks them against the set, so that it can
/// suggest the closest one. Every node carries its source range.
struct SourceFileSyntax: Sendable {
    var declarations: [Declaration]
    /// Every `waive` statement, in source order.
    var waivers: [WaiverSyntax]
    /// The `owner` statement of each file that has one (several files: one each).
    var owners: [OwnerSyntax]
    /// False when no name or string can hold a `${...}` reference: the files have no `$` byte
    /// (no escape makes one), so substituting constants would change nothing. True when unknown.
    var mayInterpolate: Bool

    init(declarations: [Declaration], waivers: [WaiverSyntax] = [], owners: [OwnerSyntax] = [],
         mayInterpolate: Bool = true) {
        self.declarations = declarations
        self.waivers = waivers
        self.owners = owners
        self.mayInterpolate = mayInterpolate
    }
}

/// `waive EKS-RBAC-004 "break-glass admin, reviewed 2026-11"` inside a declaration's block: a
/// lint finding of that rule within the declaration is accepted, for the reason given.
struct WaiverSyntax: Sendable, Hashable {
    /// The rule id as written.
    var ruleID: Name
    /// Nil when the statement gives none (itself a finding).
    var reason: Name?
    /// The statement.
    var range: SourceRange
    /// The whole top-level declaration the statement is in: the findings it may waive.
    var scope: SourceRange
    /// More ranges it covers: for a waiver in a template, each declaration that uses the template.
    var alsoCovers: [SourceRange] = []

    init(ruleID: Name, reason: Name?, range: SourceRange, scope: SourceRange) {
        self.ruleID = ruleID
        self.reason = reason
        self.range = range
        self.scope = scope
    }

    /// Whether a finding at `range` is within what the waiver covers.
    func covers(_ range: SourceRange) -> Bool {
        ([scope] + alsoCovers).contains { $0.start <= range.start && range.end <= $0.end }
    }
}

/// A top-level declaration.
enum Declaration: Sendable {
    case cluster(ClusterDecl)
    case namespace(NamespaceDecl)
    case tier(TierDecl)
    case flow(FlowDecl)
    case app(AppDecl)
    case secretStore(SecretStoreDecl)
    case role(RoleDecl)
    case mapping(MappingDecl)
    case nodes(NodesDecl)
    case storageClass(StorageClassDecl)
    /// `let NAME = "STRING"`; removed from the tree by `ReuseExpansion` before analysis.
    case constant(LetDecl)
    /// `template NAME { ... }`; removed from the tree by `ReuseExpansion` before analysis.
    case template(TemplateDecl)

    /// The range of the whole declaration, from its keyword to its closing brace or line end.
    var range: SourceRange {
        switch self {
        case .cluster(let d): d.range
        case .namespace(let d): d.range
        case .tier(let d): d.range
        case .flow(let d): d.range
        case .app(let d): d.range
        case .secretStore(let d): d.range
        case .role(let d): d.range
        case .mapping(let d): d.range
        case .nodes(let d): d.range
        case .storageClass(let d): d.range
        case .constant(let d): d.range
        case .template(let d): d.range
        }
    }
}

// MARK: - cluster

/// `cluster NAME { ... }`
struct ClusterDecl: Sendable {
    var name: Name
    var settings: [Located<ClusterSetting>]
    var range: SourceRange

    init(name: Name, settings: [Located<ClusterSetting>], range: SourceRange) {
        self.name = name
        self.settings = settings
        self.range = range
    }
}

enum ClusterSetting: Sendable {
    /// `account "123456789012"`
    case account(Name)
    /// `region "us-west-2"`
    case region(Name)
    /// `oidc "https://oidc.eks.us-west-2.amazonaws.com/id/..."`
    case oidc(Name)
    /// `oidc-provider create | existing`: whether ekssc's output creates the IAM OIDC provider.
    case oidcProvider(Name)
    /// `secrets-encryption "arn:aws:kms:...:key/..."`
    case secretsEncryption(Name)
    /// `logging api, audit, ...`
    case logging([Name])
    /// `endpoint private | public | public-and-private`
    case endpoint(Name)
    /// `public-access "203.0.113.0/24", ...`: CIDRs allowed to reach a public endpoint.
    case publicAccess([Name])
    /// `authentication config-map | api | api-and-config-map`
    case authentication(Name)
    /// `monitoring { trail ...; flow-logs ... }`: the guide's CloudTrail trail and VPC Flow Logs.
    case monitoring([Located<MonitoringSetting>])
    /// `require-boundary`: every app role must have a permissions boundary (lint EKS-IAM-011).
    case requireBoundary
    /// `aws-endpoints public` or `aws-endpoints vpc "10.0.128.0/24", ...`: how pods reach AWS APIs.
    case awsEndpoints(Name, cidrs: [Name])
    /// `ip-family ipv4 | ipv6`: the cluster's pod address family.
    case ipFamily(Name)
}

extension ClusterSetting {
    /// The setting's keyword, as written and as diagnostics name it.
    var keyword: String {
        switch self {
        case .account: "account"
        case .region: "region"
        case .oidc: "oidc"
        case .oidcProvider: "oidc-provider"
        case .secretsEncryption: "secrets-encryption"
        case .logging: "logging"
        case .endpoint: "endpoint"
        case .publicAccess: "public-access"
        case .authentication: "authentication"
        case .monitoring: "monitoring"
        case .requireBoundary: "require-boundary"
        case .awsEndpoints: "aws-endpoints"
        case .ipFamily: "ip-family"
        }
    }
}

enum MonitoringSetting: Sendable {
    /// `trail NAME bucket "BUCKET" [kms "arn:aws:kms:..."]`
    case trail(name: Name, bucket: Name, kmsKey: Name?)
    /// `flow-logs "vpc-..." to cloudwatch "LOG-GROUP" [retention DAYS]` or
    /// `flow-logs "vpc-..." to s3 "arn:aws:s3:::BUCKET[/PREFIX]"`
    case flowLogs(vpc: Name, destinationKind: Name, destination: Name, retentionDays: Name?)
}

// MARK: - namespace

/// `namespace NAME` or `namespace NAME { ... }`
struct NamespaceDecl: Sendable {
    var name: Name
    var settings: [Located<NamespaceSetting>]
    var range: SourceRange

    init(name: Name, settings: [Located<NamespaceSetting>], range: SourceRange) {
        self.name = name
        self.settings = settings
        self.range = range
    }
}

enum NamespaceSetting: Sendable {
    /// `pod-security restricted` or `pod-security baseline version "v1.30"`
    case podSecurity(level: Name, version: Name?)
    /// `label team = payments`
    case label(LabelSyntax)
    /// `isolation on | off`: whether the namespace gets a default-deny NetworkPolicy.
    case isolation(Name)
}

/// `KEY = VALUE`, each a word or a quoted string.
struct LabelSyntax: Sendable {
    var key: Name
    var value: Name

    init(key: Name, value: Name) {
        self.key = key
        self.value = value
    }
}

// MARK: - tier and flow

/// `tier NAME in NAMESPACE` or `tier NAME in NAMESPACE { ... }`
struct TierDecl: Sendable {
    var name: Name
    var namespace: Name
    var settings: [Located<TierSetting>]
    var range: SourceRange

    init(name: Name, namespace: Name, settings: [Located<TierSetting>], range: SourceRange) {
        self.name = name
        self.namespace = namespace
        self.settings = settings
        self.range = range
    }
}

enum TierSetting: Sendable {
    /// `select app = web, team = payments`: the pod labels (replaces the default `app=<tier>`).
    case select([LabelSyntax])
    /// `dns on | off`
    case dns(Name)
    /// `aws on | off`: egress to the cluster's AWS endpoints for tiers whose apps have IAM roles.
    case aws(Name)
    /// `ingress none`: an egress-only tier that accepts no traffic.
    case ingress(Name)
    /// `match KEY in V, ...`, `match KEY notin V, ...`, `match KEY exists`: a set-based
    /// requirement added to the tier's selector.
    case match(key: Name, operator: Name, values: [Name])
}

/// `flow FROM -> TO [on PORT, ...] [{ waive ... }]`
struct FlowDecl: Sendable {
    var source: FlowEndpointSyntax
    var destination: FlowEndpointSyntax
    /// Empty when the flow has no `on` clause: every port and protocol.
    var ports: [PortSyntax]
    var range: SourceRange

    init(source: FlowEndpointSyntax, destination: FlowEndpointSyntax, ports: [PortSyntax],
                range: SourceRange) {
        self.source = source
        self.destination = destination
        self.ports = ports
        self.range = range
    }
}

enum FlowEndpointSyntax: Sendable {
    /// `web` or `payments/web`
    case tier(TierReference)
    /// `cidr "10.0.0.0/16" [except "10.0.1.0/24", ...]`
    case cidr(Name, except: [Name], range: SourceRange)
    /// `namespace monitoring` or `monitoring/*`: every pod of a namespace.
    case namespace(Name, range: SourceRange)
    /// `namespaces where team = payments, ...`: every pod of the namespaces with these labels.
    case namespacesWhere([LabelSyntax], range: SourceRange)

    var range: SourceRange {
        switch self {
        case .tier(let reference): reference.range
        case .namespace(_, let range): range
        case .namespacesWhere(_, let range): range
        case .cidr(_, _, let range): range
        }
    }
}

/// A tier named by `NAME` or `NAMESPACE/NAME`.
struct TierReference: Sendable {
    var namespace: Name?
    var name: Name
    var range: SourceRange

    init(namespace: Name?, name: Name, range: SourceRange) {
        self.namespace = namespace
        self.name = name
        self.range = range
    }
}

/// `tcp/8080`, `udp/53`, `tcp/8000-8100`, `tcp/http`, or `tcp` (every port of the protocol).
struct PortSyntax: Sendable {
    var `protocol`: Name
    /// The word after `/` as written: a number, `LOW-HIGH`, or a port name.
    var port: Name?
    var range: SourceRange

    init(protocol: Name, port: Name?, range: SourceRange) {
        self.protocol = `protocol`
        self.port = port
        self.range = range
    }
}
