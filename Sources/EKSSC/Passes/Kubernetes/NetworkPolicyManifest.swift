/// A `networking.k8s.io/v1` NetworkPolicy.
///
/// `policyTypes` is always `[Ingress, Egress]`, so a direction without rules denies everything
/// in that direction; the `ingress`/`egress` keys are left out when they have no rules.
struct NetworkPolicyManifest: KubernetesManifest, Hashable {
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

    var body: [Document.Entry] {
        var spec: [Document.Entry] = [
            .init("podSelector", .selector(matching: podSelector, expressions: podSelectorExpressions)),
            .init("policyTypes", .strings(["Ingress", "Egress"])),
        ]
        if !ingress.isEmpty {
            spec.append(.init("ingress", .list(ingress.map { $0.document(peersKey: "from") })))
        }
        if !egress.isEmpty {
            spec.append(.init("egress", .list(egress.map { $0.document(peersKey: "to") })))
        }
        return [.init("spec", .map(spec))]
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
    func document(peersKey: String) -> Document {
        .map([
            peersKey: .list(peers.map(\.document)),
            "ports": ports.isEmpty ? nil : .list(ports.map(\.networkPolicyDocument)),
        ])
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
        switch self {
        case .pods(nil, let selector, let expressions):
            .map(["podSelector": .selector(matching: selector, expressions: expressions)])
        case .pods(let namespace?, let selector, let expressions):
            .map([
                "namespaceSelector": .selector(matching: [Label(key: Self.namespaceNameLabel, value: namespace)]),
                "podSelector": .selector(matching: selector, expressions: expressions),
            ])
        case .namespacesLabelled(let labels):
            .map(["namespaceSelector": .selector(matching: labels)])
        case .ipBlock(let block):
            .map(["ipBlock": .map([
                "cidr": .string(block.cidr),
                "except": .nonEmptyStrings(block.except),
            ])])
        }
    }
}

extension PortRule {
    /// `{protocol: TCP, port: 8080}`; a range adds `endPort`; a named port is a string; no port
    /// means every port of the protocol.
    var networkPolicyDocument: Document {
        var entries = [Document.Entry("protocol", .string(self.protocol.kubernetesName))]
        switch port {
        case nil:
            break
        case .number(let number)?:
            entries.append(.init("port", .int(number)))
        case .range(let low, let high)?:
            entries.append(.init("port", .int(low)))
            entries.append(.init("endPort", .int(high)))
        case .named(let name)?:
            entries.append(.init("port", .string(name)))
        }
        return .map(entries)
    }
}
