/// `namespace NAME { ... }`
public struct Namespace: Sendable {
    /// Whether `selector` (every label must be present) selects this namespace, whose labels
    /// include `kubernetes.io/metadata.name` as the API server sets it.
    public func matches(_ selector: [Label]) -> Bool {
        selector.allSatisfy { label in
            (label.key == "kubernetes.io/metadata.name" && label.value == name) || labels.contains(label)
        }
    }

    public var name: String
    public var podSecurity: PodSecurityLevel?
    /// `latest` when not given.
    public var podSecurityVersion: String
    /// Extra labels, sorted by key.
    public var labels: [Label]
    /// Whether a namespace that runs workloads gets a default-deny NetworkPolicy (`isolation off`: no).
    public var isolated: Bool
    public var range: SourceRange

    public init(name: String, podSecurity: PodSecurityLevel? = nil, podSecurityVersion: String = "latest",
                labels: [Label] = [], isolated: Bool = true, range: SourceRange = .empty(at: 0)) {
        self.isolated = isolated
        self.name = name
        self.podSecurity = podSecurity
        self.podSecurityVersion = podSecurityVersion
        self.labels = labels
        self.range = range
    }
}

public enum PodSecurityLevel: String, Sendable, Hashable, CaseIterable {
    case privileged, baseline, restricted
}

/// A Kubernetes label (or selector term). Ordered by key, then value.
public struct Label: Sendable, Hashable, Comparable {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }

    public static func < (lhs: Label, rhs: Label) -> Bool { (lhs.key, lhs.value) < (rhs.key, rhs.value) }
}

/// A tier's identity: its namespace and name.
public struct TierID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var namespace: String
    public var name: String

    public init(namespace: String, name: String) {
        self.namespace = namespace
        self.name = name
    }

    public var description: String { "\(namespace)/\(name)" }

    public static func < (lhs: TierID, rhs: TierID) -> Bool {
        (lhs.namespace, lhs.name) < (rhs.namespace, rhs.name)
    }
}

/// A group of pods in one namespace that flows are declared between.
public struct Tier: Sendable {
    public var id: TierID
    /// The pod selector, sorted; `app=<name>` unless the source says otherwise.
    public var selector: [Label]
    /// Whether the tier gets DNS egress to kube-dns.
    public var dns: Bool
    /// Whether the tier gets egress to the cluster's AWS endpoints when one of its apps has a role.
    public var aws: Bool
    /// False for `ingress none`: an egress-only tier that no flow may enter.
    public var acceptsIngress: Bool
    /// `match` requirements, in addition to `selector`; sorted by key.
    public var expressions: [LabelExpression] = []
    public var range: SourceRange

    public init(id: TierID, selector: [Label], dns: Bool = true, aws: Bool = true, acceptsIngress: Bool = true,
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
public struct LabelExpression: Sendable, Hashable, Comparable {
    public enum Operator: String, Sendable, Hashable, CaseIterable {
        case `in`, notin, exists

        /// The Kubernetes spelling: `In`, `NotIn`, `Exists`.
        public var kubernetesName: String {
            switch self {
            case .in: "In"
            case .notin: "NotIn"
            case .exists: "Exists"
            }
        }
    }

    public var key: String
    public var `operator`: Operator
    /// Sorted; empty for `exists`.
    public var values: [String]

    public init(key: String, operator: Operator, values: [String]) {
        self.key = key
        self.operator = `operator`
        self.values = values
    }

    /// Whether an object with `labels` meets the requirement.
    public func matches(_ labels: [String: String]) -> Bool {
        switch `operator` {
        case .in: labels[key].map(values.contains) ?? false
        case .notin: labels[key].map { !values.contains($0) } ?? true
        case .exists: labels[key] != nil
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.key, lhs.operator.rawValue, lhs.values.joined(separator: ",")) <
            (rhs.key, rhs.operator.rawValue, rhs.values.joined(separator: ","))
    }
}

/// One end of a flow.
public enum FlowEndpoint: Sendable, Hashable, Comparable {
    case tier(TierID)
    case cidr(IPBlock)
    /// Every pod of a namespace (`namespace monitoring`, `monitoring/*`).
    case namespace(String)
    /// Every pod of every namespace with these labels (sorted; `namespaces where team = x`).
    case namespaces(where: [Label])

    /// The namespace whose pods this end stands for, for a tier or a whole namespace.
    public var namespace: String? {
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

    public var tier: TierID? {
        if case .tier(let id) = self { return id }
        return nil
    }

    public static func < (lhs: FlowEndpoint, rhs: FlowEndpoint) -> Bool {
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
public struct IPBlock: Sendable, Hashable, Comparable {
    public var cidr: String
    public var except: [String]

    public init(cidr: String, except: [String] = []) {
        self.cidr = cidr
        self.except = except
    }

    public static func < (lhs: IPBlock, rhs: IPBlock) -> Bool {
        (lhs.cidr, lhs.except.joined(separator: ",")) < (rhs.cidr, rhs.except.joined(separator: ","))
    }
}

/// `flow A -> B on ...`: traffic that B accepts from A and A may send to B.
public struct Flow: Sendable {
    public var source: FlowEndpoint
    public var destination: FlowEndpoint
    /// Empty: every port and protocol. Otherwise sorted.
    public var ports: [PortRule]
    public var range: SourceRange

    public init(source: FlowEndpoint, destination: FlowEndpoint, ports: [PortRule], range: SourceRange = .empty(at: 0)) {
        self.source = source
        self.destination = destination
        self.ports = ports
        self.range = range
    }
}

public enum NetworkProtocol: String, Sendable, Hashable, CaseIterable, Comparable {
    case tcp, udp, sctp

    /// The Kubernetes spelling: `TCP`, `UDP`, `SCTP`.
    public var kubernetesName: String { rawValue.uppercased() }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A protocol and, optionally, a port, a port range or a named port.
public struct PortRule: Sendable, Hashable, Comparable {
    public var `protocol`: NetworkProtocol
    public var port: Port?

    public init(protocol: NetworkProtocol, port: Port?) {
        self.protocol = `protocol`
        self.port = port
    }

    public static func < (lhs: PortRule, rhs: PortRule) -> Bool {
        if lhs.protocol != rhs.protocol { return lhs.protocol < rhs.protocol }
        switch (lhs.port, rhs.port) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case (let a?, let b?): return a < b
        }
    }
}

public enum Port: Sendable, Hashable, Comparable {
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

    public static func < (lhs: Port, rhs: Port) -> Bool { lhs.sortKey < rhs.sortKey }
}
