@testable import EKSSC

/// What the declarations allow on one port (nil: any port), computed per probe straight from
/// the model: the definition `DeclaredNetwork` answered with before it split questions into
/// a per-pair and a per-port part.
struct ReferenceDeclarations {
    let model: SecurityModel
    let isolatedNamespaces: Set<String>

    init(model: SecurityModel) {
        self.model = model
        var workloads = Set(model.tiers.map(\.id.namespace)).union(model.apps.map(\.namespace))
        workloads.formUnion(model.secretStores.compactMap(\.id.namespace))
        isolatedNamespaces = workloads.subtracting(model.namespaces.filter { !$0.isolated }.map(\.name))
    }

    func tiers(of pod: NetworkEndpoint.Pod) -> [Tier] {
        model.tiers.filter { tier in
            tier.id.namespace == pod.namespace && tier.selector.allSatisfy { pod.labels[$0.key] == $0.value }
                && tier.expressions.allSatisfy { $0.matches(pod.labels) }
        }
    }

    func allows(from: NetworkEndpoint, to: NetworkEndpoint, port: ProbePort?) -> Bool {
        let fromTiers = from.pod.map(tiers) ?? [], toTiers = to.pod.map(tiers) ?? []
        let isolated = isolatedNamespaces
        if let source = from.pod, isolated.contains(source.namespace) || !fromTiers.isEmpty {
            let sends = model.flows.contains { flow in
                let outOf = switch flow.source {
                case .tier(let id): fromTiers.contains { $0.id == id }
                case .namespace, .namespaces: DeclaredNetwork.namespaces(at: flow.source, in: model).contains(source.namespace)
                case .cidr: false
                }
                return outOf && reaches(flow.destination, to, toTiers) && covers(flow.ports, to, port)
            } || fromTiers.contains { derived($0, to, port) }
            guard sends else { return false }
        }
        if let destination = to.pod, isolated.contains(destination.namespace) || !toTiers.isEmpty {
            return model.flows.contains { flow in
                let into = switch flow.destination {
                case .tier(let id): toTiers.contains { $0.id == id }
                case .namespace, .namespaces:
                    DeclaredNetwork.namespaces(at: flow.destination, in: model).contains(destination.namespace)
                case .cidr: false
                }
                return into && reaches(flow.source, from, fromTiers) && covers(flow.ports, to, port)
            }
        }
        return true
    }

    func derived(_ tier: Tier, _ to: NetworkEndpoint, _ port: ProbePort?) -> Bool {
        func on(_ proto: String, _ number: Int) -> Bool { port.map { $0.protocol == proto && $0.port == number } ?? true }
        switch to {
        case .pod(let pod):
            return tier.dns && pod.namespace == "kube-system" && pod.labels["k8s-app"] == "kube-dns"
                && (on("UDP", 53) || on("TCP", 53))
        case .address(let text):
            guard let address = NetworkPolicyEvaluator.host(text) else { return false }
            let agents = model.cluster.ipFamily == .ipv6
                ? [ProbeEndpoints.podIdentityAgent, ProbeEndpoints.podIdentityAgentIPv6] : [ProbeEndpoints.podIdentityAgent]
            let roles = model.apps.filter { $0.iamRole != nil && $0.tier == tier.id }
            if roles.contains(where: { $0.identity == .podIdentity }), agents.contains(text), on("TCP", 80) { return true }
            guard tier.aws, !roles.isEmpty, on("TCP", 443) else { return false }
            switch model.cluster.awsEndpoints {
            case nil: return false
            case .public?:
                if address.isIPv6 {
                    return model.cluster.ipFamily == .ipv6 && !DeclaredNetwork.nonPublicIPv6.contains { $0.contains(address) }
                }
                return !DeclaredNetwork.nonPublic.contains { $0.contains(address) }
            case .vpc(let cidrs)?:
                return cidrs.contains { (try? CIDR.parse($0).get())?.contains(address) ?? false }
            }
        }
    }

    func reaches(_ endpoint: FlowEndpoint, _ probe: NetworkEndpoint, _ probeTiers: [Tier]) -> Bool {
        switch (endpoint, probe) {
        case (.tier(let id), .pod): return probeTiers.contains { $0.id == id }
        case (.namespace(let name), .pod(let pod)): return pod.namespace == name
        case (.namespaces(let labels), .pod(let pod)):
            return model.namespaces.first { $0.name == pod.namespace }?.matches(labels) ?? false
        case (.cidr(let block), .address(let text)):
            guard let address = NetworkPolicyEvaluator.host(text), let cidr = try? CIDR.parse(block.cidr).get(),
                  cidr.contains(address) else { return false }
            return !block.except.contains { (try? CIDR.parse($0).get())?.contains(address) ?? false }
        default: return false
        }
    }

    func covers(_ ports: [PortRule], _ to: NetworkEndpoint, _ probe: ProbePort?) -> Bool {
        guard let probe else { return true }
        return ports.isEmpty || ports.contains { rule in
            guard rule.protocol.kubernetesName == probe.protocol else { return false }
            switch rule.port {
            case nil: return true
            case .number(let n)?: return n == probe.port
            case .range(let low, let high)?: return low <= probe.port && probe.port <= high
            case .named(let name)?:
                guard let named = to.pod?.namedPorts[name] else { return false }
                return named.port == probe.port && named.protocol == probe.protocol
            }
        }
    }
}
