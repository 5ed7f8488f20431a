/// A `networking.k8s.io/v1` NetworkPolicy.
///
/// `policyTypes` is always `[Ingress, Egress]`, so a direction without rules denies everything
/// in that direction; the `ingress`/`egress` keys are left out when they have no rules.
struct NetworkPolicyManifest: SinkWrittenManifest, Hashable {
    var metadata: ObjectMeta
    /// The pods the policy applies to; empty selects every pod of the namespace.
    var podSelector: [Label]
    /// Set-based requirements of the pod selector (`matchExpressions`).
    var podSelectorExpressions: [LabelExpression] = []
    var ingress: [NetworkPolicyRule]
    var egress: [NetworkPolicyRule]

    init(metadata: ObjectMeta, podSelector: [Label], ingress: [NetworkPolicyRule] = [],
                egress: [NetworkPolicyRule] = []) {
        self.metadata = metadata
        self.podSelector = podSelector
        self.ingress = ingress
        self.egress = egress
    }

    var apiVersion: String { "networking.k8s.io/v1" }
    var kind: String { "NetworkPolicy" }

    /// `spec`: podSelector, policyTypes, then ingress and egress when they have rules.
    func writeSpec<Sink: DocumentSink>(to sink: inout Sink) throws(Sink.Failure) {
        try sink.key("spec")
        try sink.mappingStart(empty: false)
        try sink.key("podSelector")
        try sink.selector(matching: podSelector, expressions: podSelectorExpressions)
        try sink.strings("policyTypes", ["Ingress", "Egress"])
        if !ingress.isEmpty {
            try sink.key("ingress")
            try sink.sequenceStart(empty: false)
            for rule in ingress { try rule.write(peersKey: "from", to: &sink) }
            try sink.sequenceEnd()
        }
        if !egress.isEmpty {
            try sink.key("egress")
            try sink.sequenceStart(empty: false)
            for rule in egress { try rule.write(peersKey: "to", to: &sink) }
            try sink.sequenceEnd()
        }
        try sink.mappingEnd()
    }
}

/// One ingress or egress rule: traffic from/to any of `peers` on any of `ports`.
struct NetworkPolicyRule: Sendable, Hashable {
    var peers: [NetworkPolicyPeer]
    /// Empty: every port and protocol (the `ports` key is left out).
    var ports: [PortRule]

    init(peers: [NetworkPolicyPeer], ports: [PortRule]) {
        self.peers = peers
        self.ports = ports
    }

    /// The rule with its peers under `from` (ingress) or `to` (egress).
    func document(peersKey: StaticString) -> Document {
        DocumentBuilder.build { write(peersKey: peersKey, to: &$0) }
    }

    /// `{<peersKey>: [peers...], ports: [...]}`, `ports` left out when empty.
    func write<Sink: DocumentSink>(peersKey: StaticString, to sink: inout Sink) throws(Sink.Failure) {
        try sink.mappingStart(empty: false)
        try sink.key(peersKey)
        try sink.sequenceStart(empty: peers.isEmpty)
        for peer in peers { try peer.write(to: &sink) }
        try sink.sequenceEnd()
        if !ports.isEmpty {
            try sink.key("ports")
            try sink.sequenceStart(empty: false)
            for port in ports { try port.writeNetworkPolicyPort(to: &sink) }
            try sink.sequenceEnd()
        }
        try sink.mappingEnd()
    }
}

/// A NetworkPolicy peer: pods (of the policy's namespace, or of another one) or a CIDR block.
enum NetworkPolicyPeer: Sendable, Hashable {
    /// `namespace` nil: pods of the policy's own namespace (a bare `podSelector`). Otherwise a
    /// `namespaceSelector` on `kubernetes.io/metadata.name` and the `podSelector` in the same
    /// element, so both must match.
    case pods(namespace: String?, selector: [Label], expressions: [LabelExpression] = [])
    /// Every pod of the namespaces with these labels (a `namespaceSelector` alone).
    case namespacesLabelled([Label])
    case ipBlock(IPBlock)

    /// The label the API server puts on every namespace, with the namespace's name.
    static let namespaceNameLabel = ReservedLabels.namespaceName

    var document: Document {
        DocumentBuilder.build { write(to: &$0) }
    }

    /// One element of a rule's `from`/`to`.
    func write<Sink: DocumentSink>(to sink: inout Sink) throws(Sink.Failure) {
        try sink.mappingStart(empty: false)
        switch self {
        case .pods(nil, let selector, let expressions):
            try sink.key("podSelector")
            try sink.selector(matching: selector, expressions: expressions)
        case .pods(let namespace?, let selector, let expressions):
            try sink.key("namespaceSelector")
            try sink.selector(matching: [Label(key: Self.namespaceNameLabel, value: namespace)])
            try sink.key("podSelector")
            try sink.selector(matching: selector, expressions: expressions)
        case .namespacesLabelled(let labels):
            try sink.key("namespaceSelector")
            try sink.selector(matching: labels)
        case .ipBlock(let block):
            try sink.key("ipBlock")
            try sink.mappingStart(empty: false)
            try sink.key("cidr")
            try sink.string(block.cidr)
            if !block.except.isEmpty {
                try sink.strings("except", block.except)
            }
            try sink.mappingEnd()
        }
        try sink.mappingEnd()
    }
}

extension PortRule {
    /// `{protocol: TCP, port: 8080}`; a range adds `endPort`; a named port is a string; no port
    /// means every port of the protocol.
    var networkPolicyDocument: Document {
        DocumentBuilder.build { writeNetworkPolicyPort(to: &$0) }
    }

    /// `networkPolicyDocument` through a sink.
    func writeNetworkPolicyPort<Sink: DocumentSink>(to sink: inout Sink) throws(Sink.Failure) {
        try sink.mappingStart(empty: false)
        try sink.key("protocol")
        try sink.string(self.protocol.kubernetesName)
        switch port {
        case nil:
            break
        case .number(let number)?:
            try sink.key("port")
            try sink.int(number)
        case .range(let low, let high)?:
            try sink.key("port")
            try sink.int(low)
            try sink.key("endPort")
            try sink.int(high)
        case .named(let name)?:
            try sink.key("port")
            try sink.string(name)
        }
        try sink.mappingEnd()
    }
}
