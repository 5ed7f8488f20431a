/// What the file declares about connections, read from the model's declarations (not from
/// the NetworkPolicy pass): a tier's pods send and receive exactly its flows and the egress its
/// declarations imply (DNS unless `dns off`; HTTPS to `aws-endpoints` for tiers with role-holding
/// apps unless `aws off`; the Pod Identity agent for Pod Identity apps); other pods of a namespace
/// that runs workloads get nothing unless the namespace says `isolation off`.
struct DeclaredNetwork {
    let model: SecurityModel
    let namedPorts: [String: Int]
    var tiersByNamespace: [String: [Tier]] = [:]
    var flowsOutOf: [TierID: [Flow]] = [:]
    var flowsInto: [TierID: [Flow]] = [:]
    /// Flows from or to a whole namespace (`namespace X`, `X/*`): they apply to every pod of it.
    var flowsOutOfNamespace: [String: [Flow]] = [:]
    var flowsIntoNamespace: [String: [Flow]] = [:]
    var isolatedNamespaces: Set<String> = []
    var needsAWS: Set<TierID> = []
    var needsAgent: Set<TierID> = []

    init(model: SecurityModel, namedPorts: [String: Int]) {
        self.model = model
        self.namedPorts = namedPorts
        for tier in model.tiers { tiersByNamespace[tier.id.namespace, default: []].append(tier) }
        for flow in model.flows {
            if let tier = flow.source.tier { flowsOutOf[tier, default: []].append(flow) }
            if let tier = flow.destination.tier { flowsInto[tier, default: []].append(flow) }
            for name in Self.namespaces(at: flow.source, in: model) { flowsOutOfNamespace[name, default: []].append(flow) }
            for name in Self.namespaces(at: flow.destination, in: model) { flowsIntoNamespace[name, default: []].append(flow) }
        }
        var workloads = Set(model.tiers.map(\.id.namespace)).union(model.apps.map(\.namespace))
        workloads.formUnion(model.secretStores.compactMap(\.id.namespace))
        isolatedNamespaces = workloads.subtracting(model.namespaces.filter { !$0.isolated }.map(\.name))
        for app in model.apps where app.iamRole != nil {
            guard let tier = app.tier else { continue }
            needsAWS.insert(tier)
            if app.identity == .podIdentity { needsAgent.insert(tier) }
        }
    }

    /// The tiers whose selector selects `pod` (every label of the selector is on the pod).
    func tiers(of pod: NetworkEndpoint.Pod) -> [Tier] {
        (tiersByNamespace[pod.namespace] ?? []).filter { tier in
            tier.selector.allSatisfy { pod.labels[$0.key] == $0.value } && tier.expressions.allSatisfy { $0.matches(pod.labels) }
        }
    }

    func isolated(_ pod: NetworkEndpoint.Pod) -> Bool {
        isolatedNamespaces.contains(pod.namespace) || !tiers(of: pod).isEmpty
    }

    /// Whether the declarations let `from` send to `to` (egress side) and let `to` receive from
    /// `from` (ingress side). `fromTiers`/`toTiers`: the tiers of each end when it is a pod.
    func allows(from: NetworkEndpoint, to: NetworkEndpoint, protocol proto: String, port: Int) -> Bool {
        allows(from: from, fromTiers: from.pod.map(tiers) ?? [], to: to, toTiers: to.pod.map(tiers) ?? [],
               port: ProbePort(protocol: proto, port: port))
    }

    func allows(from: NetworkEndpoint, fromTiers: [Tier], to: NetworkEndpoint, toTiers: [Tier], port: ProbePort?) -> Bool {
        if let source = from.pod, isolatedNamespaces.contains(source.namespace) || !fromTiers.isEmpty {
            let sends = fromTiers.contains { tier in
                (flowsOutOf[tier.id] ?? []).contains { reaches($0.destination, to, toTiers) && covers($0.ports, to, port) }
                    || derivedEgress(tier, to, port)
            } || (flowsOutOfNamespace[source.namespace] ?? []).contains {
                reaches($0.destination, to, toTiers) && covers($0.ports, to, port)
            }
            guard sends else { return false }
        }
        if let destination = to.pod, isolatedNamespaces.contains(destination.namespace) || !toTiers.isEmpty {
            return toTiers.contains { tier in
                (flowsInto[tier.id] ?? []).contains { reaches($0.source, from, fromTiers) && covers($0.ports, to, port) }
            } || (flowsIntoNamespace[destination.namespace] ?? []).contains {
                reaches($0.source, from, fromTiers) && covers($0.ports, to, port)
            }
        }
        return true
    }

    /// `port` nil: on any port.
    private func derivedEgress(_ tier: Tier, _ to: NetworkEndpoint, _ port: ProbePort?) -> Bool {
        func on(_ proto: String, _ number: Int) -> Bool { port.map { $0.protocol == proto && $0.port == number } ?? true }
        switch to {
        case .pod(let pod):
            return tier.dns && pod.namespace == "kube-system" && pod.labels["k8s-app"] == "kube-dns"
                && (on("UDP", 53) || on("TCP", 53))
        case .address(let text):
            guard let address = NetworkPolicyEvaluator.host(text) else { return false }
            let agents = model.cluster.ipFamily == .ipv6
                ? [ProbeEndpoints.podIdentityAgent, ProbeEndpoints.podIdentityAgentIPv6] : [ProbeEndpoints.podIdentityAgent]
            if needsAgent.contains(tier.id), agents.contains(text), on("TCP", 80) { return true }
            guard tier.aws, needsAWS.contains(tier.id), on("TCP", 443) else { return false }
            switch model.cluster.awsEndpoints {
            case nil: return false
            case .public?:
                if address.isIPv6 {
                    return model.cluster.ipFamily == .ipv6 && !Self.nonPublicIPv6.contains { $0.contains(address) }
                }
                return !Self.nonPublic.contains { $0.contains(address) }
            case .vpc(let cidrs)?:
                return cidrs.contains { (try? CIDR.parse($0).get())?.contains(address) ?? false }
            }
        }
    }

    /// Ranges never used by public AWS endpoints: RFC 1918, RFC 6598, loopback, link-local.
    static let nonPublic: [CIDR] = ["10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
                                     "192.168.0.0/16"].compactMap { try? CIDR.parse($0).get() }

    /// Whether a flow's end names `probe` (whose tiers are `probeTiers`).
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

    private func reaches(_ endpoint: FlowEndpoint, _ probe: NetworkEndpoint, _ probeTiers: [Tier]) -> Bool {
        switch (endpoint, probe) {
        case (.tier(let id), .pod):
            return probeTiers.contains { $0.id == id }
        case (.namespace(let name), .pod(let pod)):
            return pod.namespace == name
        case (.namespaces(let labels), .pod(let pod)):
            return model.namespaces.first { $0.name == pod.namespace }?.matches(labels) ?? false
        case (.cidr(let block), .address(let text)):
            guard let address = NetworkPolicyEvaluator.host(text), let cidr = try? CIDR.parse(block.cidr).get(),
                  cidr.contains(address) else { return false }
            return !block.except.contains { (try? CIDR.parse($0).get())?.contains(address) ?? false }
        default:
            return false
        }
    }

    /// Whether the flow's ports include `probe` on the destination `to` (nil: any port).
    private func covers(_ ports: [PortRule], _ to: NetworkEndpoint, _ probe: ProbePort?) -> Bool {
        guard let probe else { return true }
        let proto = probe.protocol, port = probe.port
        return ports.isEmpty || ports.contains { rule in
            guard rule.protocol.kubernetesName == proto else { return false }
            switch rule.port {
            case nil: return true
            case .number(let n)?: return n == port
            case .range(let low, let high)?: return low <= port && port <= high
            case .named(let name)?:
                guard let pod = to.pod, let named = pod.namedPorts[name] else { return false }
                return named.port == port && named.protocol == proto
            }
        }
    }
}
