/// Lowers tiers and flows to NetworkPolicies.
///
/// Every namespace with tiers gets `default-deny` (all pods, both directions, no rules). Every
/// tier gets `<tier>-policy`: one ingress rule per flow into the tier and one egress rule per
/// flow out of it, in the model's flow order (a flow declared once opens both ends), then the
/// DNS egress rule to kube-dns unless the tier says `dns off`.
public struct NetworkPolicyPass: LoweringPass {
    /// kube-dns / CoreDNS pods in kube-system, on UDP and TCP 53.
    static let dnsRule = NetworkPolicyRule(
        peers: [.pods(namespace: "kube-system", selector: [Label(key: "k8s-app", value: "kube-dns")])],
        ports: [PortRule(protocol: .udp, port: .number(53)), PortRule(protocol: .tcp, port: .number(53))]
    )

    public init() {}

    public func run(_ model: SecurityModel) -> PassOutput {
        var selectors: [TierID: [Label]] = [:]
        for tier in model.tiers { selectors[tier.id] = tier.selector }

        var manifests: [NetworkPolicyManifest] = []
        let namespaces = Set(model.tiers.map(\.id.namespace)).sorted()
        for namespace in namespaces {
            manifests.append(NetworkPolicyManifest(
                metadata: .managed(name: "default-deny", namespace: namespace), podSelector: []))
        }
        // Flows by the tier at each end, in model order, so each policy costs only its own flows.
        var flowsInto: [TierID: [Flow]] = [:]
        var flowsOutOf: [TierID: [Flow]] = [:]
        for flow in model.flows {
            if let destination = flow.destination.tier { flowsInto[destination, default: []].append(flow) }
            if let source = flow.source.tier { flowsOutOf[source, default: []].append(flow) }
        }
        for tier in model.tiers {
            manifests.append(policy(for: tier, into: flowsInto[tier.id] ?? [], outOf: flowsOutOf[tier.id] ?? [],
                                    selectors: selectors))
        }
        return PassOutput(manifests: manifests)
    }

    /// The policy of one tier from the flows into it and out of it (each in model order).
    func policy(for tier: Tier, into: [Flow], outOf: [Flow], selectors: [TierID: [Label]]) -> NetworkPolicyManifest {
        let ingress = into.map {
            NetworkPolicyRule(peers: [peer(for: $0.source, seenFrom: tier.id, selectors: selectors)], ports: $0.ports)
        }
        var egress = outOf.map {
            NetworkPolicyRule(peers: [peer(for: $0.destination, seenFrom: tier.id, selectors: selectors)], ports: $0.ports)
        }
        if tier.dns { egress.append(Self.dnsRule) }
        return NetworkPolicyManifest(
            metadata: .managed(name: "\(tier.id.name)-policy", namespace: tier.id.namespace),
            podSelector: tier.selector, ingress: ingress, egress: egress)
    }

    /// The peer for the other end of a flow, as seen from `tier`'s namespace.
    func peer(for endpoint: FlowEndpoint, seenFrom tier: TierID, selectors: [TierID: [Label]]) -> NetworkPolicyPeer {
        switch endpoint {
        case .cidr(let block):
            return .ipBlock(block)
        case .tier(let other):
            // The analyzer resolves every tier reference; `app=<name>` is the documented default.
            let selector = selectors[other] ?? [Label(key: "app", value: other.name)]
            return .pods(namespace: other.namespace == tier.namespace ? nil : other.namespace, selector: selector)
        }
    }
}
