/// `namespace NAME { ... }`
struct Namespace: Sendable {
    /// Whether `selector` (every label must be present) selects this namespace, whose labels
    /// include `kubernetes.io/metadata.name` as the API server sets it.
    func matches(_ selector: [Label]) -> Bool {
        selector.allSatisfy { label in
            (label.key == "kubernetes.io/metadata.name" && label.value == name) || labels.contains(label)
        }
    }

    var name: String
    var podSecurity: PodSecurityLevel?
    /// `latest` when not given.
    var podSecurityVersion: String
    /// Extra labels, sorted by key.
    var labels: [Label]
    /// Whether a namespace that runs workloads gets a default-deny NetworkPolicy (`isolation off`: no).
    var isolated: Bool
    var range: SourceRange

    init(name: String, podSecurity: PodSecurityLevel? = nil, podSecurityVersion: String = "latest",
                labels: [Label] = [], isolated: Bool = true, range: SourceRange = .empty(at: 0)) {
        self.isolated = isolated
        self.name = name
        self.podSecurity = podSecurity
        self.podSecurityVersion = podSecurityVersion
        self.labels = labels
        self.range = range
    }
}

enum PodSecurityLevel: String, Sendable, Hashable, CaseIterable {
    case privileged, baseline, restricted
}

/// A Kubernetes label (or selector term). Ordered by key, then value.
struct Label: Sendable, Hashable, Comparable {
    var key: String
    var value: String

    init(key: String, value: String) {
        self.key = key
        self.value = value
    }

    static func < (lhs: Label, rhs: Label) -> Bool { (lhs.key, lhs.value) < (rhs.key, rhs.value) }
}

/// A tier's identity: its namespace and name.
struct TierID: Sendable, Hashable, Comparable, CustomStringConvertible {
    var namespace: String
    var name: String

    init(namespace: String, name: String) {
        self.namespace = namespace
        self.name = name
    }

    var description: String { "\(namespace)/\(name)" }

    static func < (lhs: TierID, rhs: TierID) -> Bool {
        (lhs.namespace, lhs.name) < (rhs.namespace, rhs.name)
    }
}

/// A group of pods in one namespace that flows are declared between.
struct Tier: Sendable {
    var id: TierID
    /// The pod selector, sorted; `app=<name>` unless the source says otherwise.
    var selector: [Label]
    /// Whether the tier gets DNS egress to kube-dns.
    var dns: Bool
    /// Whether the tier gets egress to the cluster's AWS endpoints when one of its apps has a role.
    var aws: Bool
    /// False for `ingress none`: an egress-only tier that no flow may enter.
    var acceptsIngress: Bool
    /// `match` requirements, in addition to `selector`; sorted by key.
    var expressions: [LabelExpression] = []
    var range: SourceRange

    init(id: TierID, selector: [Label], dns: Bool = true, aws: Bool = true, acceptsIngress: Bool = true,
                range: SourceRange = .empty(at: 0)) {
        self.aws = aws
        self.acceptsIngress = acceptsIngress
        self.id = id
        self.selector = selector
        self.dns = dns
        self.range = range
    }
}

/// A set-based selector requirement: `KEY in (V, ...)`, `KEY notin (V, ...)`, `KEY exists`.
struct LabelExpression: Sendable, Hashable, Comparable {
    enum Operator: String, Sendable, Hashable, CaseIterable {
        case `in`, notin, exists

        /// The Kubernetes spelling: `In`, `NotIn`, `Exists`.
        var kubernetesName: String {
            switch self {
            case .in: "In"
            case .notin: "NotIn"
            case .exists: "Exists"
            }
        }
    }

    var key: String
    var `operator`: Operator
    /// Sorted; empty for `exists`.
    var values: [String]

    init(key: String, operator: Operator, values: [String]) {
        self.key = key
        self.operator = `operator`
        self.values = values
    }

    /// Whether an object with `labels` meets the requirement.
    func matches(_ labels: [String: String]) -> Bool {
        switch `operator` {
        case .in: labels[key].map(values.contains) ?? false
        case .notin: labels[key].map { !values.contains($0) } ?? true
        case .exists: labels[key] != nil
        }
    }

    static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.key, lhs.operator.rawValue, lhs.values.joined(separator: ",")) <
            (rhs.key, rhs.operator.rawValue, rhs.values.joined(separator: ","))
    }
}

/// One end of a flow.
enum FlowEndpoint: Sendable, Hashable, Comparable {
    case tier(TierID)
    case cidr(IPBlock)
    /// Every pod of a namespace (`namespace monitoring`, `monitoring/*`).
    case namespace(String)
    /// Every pod of every namespace with these labels (sorted; `namespaces where team = x`).
    case namespaces(where: [Label])

    /// The namespace whose pods this end stands for, for a tier or a whole namespace.
    var namespace: String? {
        switch self {
        case .tier(let id): id.namespace
        case .namespace(let name): name
        case .cidr, .namespaces: nil
        }
    }

    private var order: Int {
        switch self {
        case .tier: 0
        case .namespace: 1
        case .namespaces: 2
        case .cidr: 3
        }
    }

    var tier: TierID? {
        if case .tier(let id) = self { return id }
        return nil
    }

    static func < (lhs: FlowEndpoint, rhs: FlowEndpoint) -> Bool {
        switch (lhs, rhs) {
        case (.tier(let a), .tier(let b)): a < b
        case (.cidr(let a), .cidr(let b)): a < b
        case (.namespace(let a), .namespace(let b)): a < b
        case (.namespaces(let a), .namespaces(let b)): a.lexicographicallyPrecedes(b)
        default: lhs.order < rhs.order
        }
    }
}

/// A CIDR peer with the CIDRs carved out of it (sorted).
struct IPBlock: Sendable, Hashable, Comparable {
    var cidr: String
    var except: [String]

    init(cidr: String, except: [String] = []) {
        self.cidr = cidr
        self.except = except
    }

    static func < (lhs: IPBlock, rhs: IPBlock) -> Bool {
        (lhs.cidr, lhs.except.joined(separator: ",")) < (rhs.cidr, rhs.except.joined(separator: ","))
    }
}

/// `flow A -> B on ...`: traffic that B accepts from A and A may send to B.
struct Flow: Sendable {
    var source: FlowEndpoint
    var destination: FlowEndpoint
    /// Empty: every port and protocol. Otherwise sorted.
    var ports: [PortRule]
    var range: SourceRange

    init(source: FlowEndpoint, destination: FlowEndpoint, ports: [PortRule], range: SourceRange = .empty(at: 0)) {
        self.source = source
        self.destination = destination
        self.ports = ports
        self.range = range
    }
}

enum NetworkProtocol: String, Sendable, Hashable, CaseIterable, Comparable {
    case tcp, udp, sctp

    /// The Kubernetes spelling: `TCP`, `UDP`, `SCTP`.
    var kubernetesName: String { rawValue.uppercased() }

    static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A protocol and, optionally, a port, a port range or a named port.
struct PortRule: Sendable, Hashable, Comparable {
    var `protocol`: NetworkProtocol
    var port: Port?

    init(protocol: NetworkProtocol, port: Port?) {
        self.protocol = `protocol`
        self.port = port
    }

    static func < (lhs: PortRule, rhs: PortRule) -> Bool {
        if lhs.protocol != rhs.protocol { return lhs.protocol < rhs.protocol }
        switch (lhs.port, rhs.port) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case (let a?, let b?): return a < b
        }
    }
}

enum Port: Sendable, Hashable, Comparable {
    /// 1–65535
    case number(Int)
    /// `low-high`, inclusive (NetworkPolicy `port` + `endPort`)
    case range(Int, Int)
    /// An IANA service name of a container port (`http`)
    case named(String)

    private var sortKey: (Int, Int, Int, String) {
        switch self {
        case .number(let n): (0, n, n, "")
        case .range(let low, let high): (0, low, high, "")
        case .named(let name): (1, 0, 0, name)
        }
    }

    static func < (lhs: Port, rhs: Port) -> Bool { lhs.sortKey < rhs.sortKey }
}
