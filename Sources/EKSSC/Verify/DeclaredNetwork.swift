/// What the file declares about connections, read from the model's declarations (not from
/// the NetworkPolicy pass): a tier's pods send and receive exactly its flows and the egress its
/// declarations imply (DNS unless `dns off`; HTTPS to `aws-endpoints` for tiers with role-holding
/// apps unless `aws off`; the Pod Identity agent for Pod Identity apps); other pods of a namespace
/// that runs workloads get nothing unless the namespace says `isolation off`.
///
/// Questions come per pair of endpoints (`pair`: which flows and derived rules can carry a
/// connection between them, whatever the port), then per port (`allows(_:to:port:)`), so the
/// port-independent work is done once per pair, not once per probe port.
struct DeclaredNetwork {
    let model: SecurityModel
    let namedPorts: [String: Int]
    var flowsOutOf: [TierID: [Flow]] = [:]
    /// Flows from a whole namespace (`namespace X`, `X/*`): they apply to every pod of it.
    var flowsOutOfNamespace: [String: [Flow]] = [:]
    var isolatedNamespaces: Set<String> = []
    var needsAWS: Set<TierID> = []
    var needsAgent: Set<TierID> = []

    /// `model.flows` with their ends and ports resolved once (`DeclaredFlow`), by position.
    var flows: [DeclaredFlow] = []
    /// Each tier's (first) position in `model.tiers`.
    var tierPosition: [TierID: Int] = [:]
    /// The positions in `model.tiers` of each namespace's tiers.
    var tierPositionsByNamespace: [String: [Int]] = [:]
    /// For each position in `model.tiers`, the first position of a tier with the same ID.
    var canonicalTier: [Int] = []
    /// Positions in `flows` of the flows out of / into each tier, by the tier's (canonical) position.
    var flowPositionsOutOf: [[Int]] = []
    var flowPositionsInto: [[Int]] = []
    var flowPositionsOutOfNamespace: [String: [Int]] = [:]
    var flowPositionsIntoNamespace: [String: [Int]] = [:]
    /// The probe addresses, parsed once (`NetworkPolicyEvaluator.host`); others are parsed when asked.
    var hosts: [String: CIDR] = [:]
    /// `aws-endpoints vpc` blocks, parsed (an unparsable one contains nothing).
    var vpcEndpointBlocks: [CIDR] = []

    /// - Parameter addresses: the addresses that will be asked about (parsed here once).
    init(model: SecurityModel, namedPorts: [String: Int], addresses: [String] = []) {
        self.model = model
        self.namedPorts = namedPorts
        for (position, tier) in model.tiers.enumerated() {
            tierPositionsByNamespace[tier.id.namespace, default: []].append(position)
            if tierPosition[tier.id] == nil { tierPosition[tier.id] = position }
            canonicalTier.append(tierPosition[tier.id] ?? position)
        }
        flowPositionsOutOf = Array(repeating: [], count: model.tiers.count)
        flowPositionsInto = Array(repeating: [], count: model.tiers.count)
        var firstNamespace: [String: Namespace] = [:]
        for namespace in model.namespaces where firstNamespace[namespace.name] == nil { firstNamespace[namespace.name] = namespace }
        for (position, flow) in model.flows.enumerated() {
            flows.append(DeclaredFlow(flow, tierPosition: tierPosition, firstNamespace: firstNamespace))
            if let tier = flow.source.tier {
                flowsOutOf[tier, default: []].append(flow)
                if let at = tierPosition[tier] { flowPositionsOutOf[at].append(position) }
            }
            if let tier = flow.destination.tier {
                if let at = tierPosition[tier] { flowPositionsInto[at].append(position) }
            }
            for name in Self.namespaces(at: flow.source, in: model) {
                flowsOutOfNamespace[name, default: []].append(flow)
                flowPositionsOutOfNamespace[name, default: []].append(position)
            }
            for name in Self.namespaces(at: flow.destination, in: model) {
                flowPositionsIntoNamespace[name, default: []].append(position)
            }
        }
        var workloads = Set(model.tiers.map(\.id.namespace)).union(model.apps.map(\.namespace))
        workloads.formUnion(model.secretStores.compactMap(\.id.namespace))
        isolatedNamespaces = workloads.subtracting(model.namespaces.filter { !$0.isolated }.map(\.name))
        for app in model.apps where app.iamRole != nil {
            guard let tier = app.tier else { continue }
            needsAWS.insert(tier)
            if app.identity == .podIdentity { needsAgent.insert(tier) }
        }
        for text in addresses { hosts[text] = NetworkPolicyEvaluator.host(text) }
        if case .vpc(let cidrs)? = model.cluster.awsEndpoints {
            vpcEndpointBlocks = cidrs.compactMap { try? CIDR.parse($0).get() }
        }
    }

    /// The tiers whose selector selects `pod` (every label of the selector is on the pod).
    func tiers(of pod: NetworkEndpoint.Pod) -> [Tier] {
        tierPositions(of: pod).map { model.tiers[$0] }
    }

    /// The same as positions in `model.tiers`.
    func tierPositions(of pod: NetworkEndpoint.Pod) -> [Int] {
        (tierPositionsByNamespace[pod.namespace] ?? []).filter { position in
            let tier = model.tiers[position]
            return tier.selector.allSatisfy { pod.labels[$0.key] == $0.value } && tier.expressions.allSatisfy { $0.matches(pod.labels) }
        }
    }

    func isolated(_ pod: NetworkEndpoint.Pod) -> Bool {
        isolatedNamespaces.contains(pod.namespace) || !tiers(of: pod).isEmpty
    }

    /// Whether the declarations let `from` send to `to` (egress side) and let `to` receive from
    /// `from` (ingress side).
    func allows(from: NetworkEndpoint, to: NetworkEndpoint, protocol proto: String, port: Int) -> Bool {
        let pair = pair(from: from, fromTiers: from.pod.map(tierPositions) ?? [], to: to,
                        toTiers: to.pod.map(tierPositions) ?? [])
        return allows(pair, to: to, port: ProbePort(protocol: proto, port: port))
    }

    /// What can carry a connection from `from` to `to`, whatever the port: the source side's
    /// flows (and derived egress) that reach `to`, nil when the source is not isolated; the
    /// destination side's flows that come from `from`, nil when it is not isolated.
    /// `fromTiers`/`toTiers`: positions in `model.tiers` of the tiers of each end when it is a pod.
    func pair(from: NetworkEndpoint, fromTiers: [Int], to: NetworkEndpoint, toTiers: [Int]) -> DeclaredPair {
        var pair = DeclaredPair()
        if let source = from.pod, isolatedNamespaces.contains(source.namespace) || !fromTiers.isEmpty {
            var sending: [Int] = []
            for tier in fromTiers {
                sending += flowPositionsOutOf[canonicalTier[tier]].filter { reaches(flows[$0].destination, to, toTiers) }
                pair.derived += derivedEgress(model.tiers[tier], to)
            }
            sending += (flowPositionsOutOfNamespace[source.namespace] ?? []).filter { reaches(flows[$0].destination, to, toTiers) }
            pair.sending = sending
        }
        if let destination = to.pod, isolatedNamespaces.contains(destination.namespace) || !toTiers.isEmpty {
            var receiving: [Int] = []
            for tier in toTiers {
                receiving += flowPositionsInto[canonicalTier[tier]].filter { reaches(flows[$0].source, from, fromTiers) }
            }
            receiving += (flowPositionsIntoNamespace[destination.namespace] ?? []).filter { reaches(flows[$0].source, from, fromTiers) }
            pair.receiving = receiving
        }
        return pair
    }

    /// Whether `pair` is declared on some port: each isolated side has something that reaches.
    func allowsAnyPort(_ pair: DeclaredPair) -> Bool {
        (pair.sending.map { !$0.isEmpty || !pair.derived.isEmpty } ?? true) && (pair.receiving.map { !$0.isEmpty } ?? true)
    }

    /// Whether `pair` (from `pair(from:fromTiers:to:toTiers:)`) is declared on `port` of `to`.
    func allows(_ pair: DeclaredPair, to: NetworkEndpoint, port: ProbePort) -> Bool {
        if let sending = pair.sending {
            guard sending.contains(where: { flows[$0].covers(port, on: to) }) || pair.derived.contains(port) else { return false }
        }
        if let receiving = pair.receiving {
            return receiving.contains { flows[$0].covers(port, on: to) }
        }
        return true
    }

    /// The ports on which `tier`'s derived egress (DNS, the Pod Identity agent, AWS endpoints)
    /// lets its pods reach `to`; empty: none.
    func derivedEgress(_ tier: Tier, _ to: NetworkEndpoint) -> [ProbePort] {
        switch to {
        case .pod(let pod):
            guard tier.dns && pod.namespace == "kube-system" && pod.labels["k8s-app"] == "kube-dns" else { return [] }
            return [ProbePort(protocol: "UDP", port: 53), ProbePort(protocol: "TCP", port: 53)]
        case .address(let text):
            guard let address = hosts[text] ?? NetworkPolicyEvaluator.host(text) else { return [] }
            var ports: [ProbePort] = []
            let agent = text == ProbeEndpoints.podIdentityAgent
                || (model.cluster.ipFamily == .ipv6 && text == ProbeEndpoints.podIdentityAgentIPv6)
            if needsAgent.contains(tier.id), agent { ports.append(ProbePort(protocol: "TCP", port: 80)) }
            guard tier.aws, needsAWS.contains(tier.id) else { return ports }
            let endpoint: Bool
            switch model.cluster.awsEndpoints {
            case nil: endpoint = false
            case .public?:
                endpoint = address.isIPv6
                    ? model.cluster.ipFamily == .ipv6 && !Self.nonPublicIPv6.contains { $0.contains(address) }
                    : !Self.nonPublic.contains { $0.contains(address) }
            case .vpc?: endpoint = vpcEndpointBlocks.contains { $0.contains(address) }
            }
            if endpoint { ports.append(ProbePort(protocol: "TCP", port: 443)) }
            return ports
        }
    }

    /// Ranges never used by public AWS endpoints: RFC 1918, RFC 6598, loopback, link-local.
    static let nonPublic: [CIDR] = ["10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
                                     "192.168.0.0/16"].compactMap { try? CIDR.parse($0).get() }

    /// The declared namespaces an endpoint stands for as a whole: by name, or by their labels as
    /// the file declares them.
    static func namespaces(at endpoint: FlowEndpoint, in model: SecurityModel) -> [String] {
        switch endpoint {
        case .namespace(let name): [name]
        case .namespaces(let labels): model.namespaces.filter { $0.matches(labels) }.map(\.name)
        case .tier, .cidr: []
        }
    }

    /// Unique-local (where the node-local agents and metadata live), link-local and loopback.
    static let nonPublicIPv6: [CIDR] = ["::1/128", "fc00::/7", "fe80::/10"].compactMap { try? CIDR.parse($0).get() }

    /// Whether a flow's end names `probe` (whose tiers are at `probeTiers` in `model.tiers`).
    func reaches(_ end: DeclaredFlow.End, _ probe: NetworkEndpoint, _ probeTiers: [Int]) -> Bool {
        switch (end, probe) {
        case (.tier(let position), .pod):
            return probeTiers.contains { canonicalTier[$0] == position }
        case (.namespaces(let names), .pod(let pod)):
            return names.contains(pod.namespace)
        case (.block(let cidr, let except), .address(let text)):
            guard let address = hosts[text] ?? NetworkPolicyEvaluator.host(text), let cidr, cidr.contains(address) else {
                return false
            }
            return !except.contains { $0.contains(address) }
        default:
            return false
        }
    }
}

/// What the declarations let carry a connection between two endpoints, whatever the port
/// (`DeclaredNetwork.pair`): positions of flows, and the ports of derived egress.
struct DeclaredPair {
    /// The source's flows that reach the destination; nil: the source is not isolated.
    var sending: [Int]?
    /// The ports on which the source's derived egress reaches the destination.
    var derived: [ProbePort] = []
    /// The destination's flows that come from the source; nil: the destination is not isolated.
    var receiving: [Int]?
}
