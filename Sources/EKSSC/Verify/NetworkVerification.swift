/// Compares what the emitted NetworkPolicies allow (`NetworkPolicyEvaluator`) with what the
/// file declares (`DeclaredNetwork`) over every pair of probe endpoints and every probe port.
struct NetworkVerification {
    let model: SecurityModel
    let evaluator: NetworkPolicyEvaluator

    func run() -> (findings: [VerifyFinding], allowed: [String: [String]], probes: Int) {
        let endpoints = ProbeEndpoints(model: model)
        let probes = endpoints.probes
        let declared = DeclaredNetwork(model: model, namedPorts: endpoints.namedPorts,
                                       addresses: probes.compactMap { if case .address(let text) = $0.endpoint { text } else { nil } })
        let tierPositions = probes.map { $0.endpoint.pod.map(declared.tierPositions) ?? [] }
        let tiersOf = tierPositions.map { $0.map { model.tiers[$0] } }
        let egress = probes.map { $0.endpoint.pod.map { evaluator.applying(to: $0, .egress) } ?? [] }
        let ingress = probes.map { $0.endpoint.pod.map { evaluator.applying(to: $0, .ingress) } ?? [] }
        let declaredIsolated = probes.indices.map { index in
            probes[index].endpoint.pod.map { declared.isolatedNamespaces.contains($0.namespace) || !tiersOf[index].isEmpty }
                ?? false
        }
        let ports = probePorts(endpoints)
        let index = EndpointIndex(probes.map(\.endpoint))
        let tierMembers = tiersOf.enumerated().reduce(into: [TierID: [Int]]()) { members, entry in
            for tier in entry.element { members[tier.id, default: []].append(entry.offset) }
        }
        let kubeDNS = probes.indices.filter { probes[$0].role == .kubeDNS }
        let everyone = Array(probes.indices)

        let selectedNamespaces = evaluator.selectedNamespaces(in: index)
        // Each source's comparisons are independent: sources are spread over the cores and the
        // results merged in source order (the findings and matrix are sorted below anyway).
        let perSource = Array(probes.indices).concurrentMap { i -> SourceComparison in
            let source = probes[i]
            var result = SourceComparison()
            // The destinations either view can let this source reach: all of them unless the
            // source is isolated for egress in both.
            var targets = everyone
            if let pod = source.endpoint.pod, declaredIsolated[i],
               let evaluated = evaluator.peers(by: egress[i], direction: .egress, in: index,
                                               selectedNamespaces: selectedNamespaces) {
                var union = evaluated
                let namespaceFlows = declared.flowsOutOfNamespace[pod.namespace] ?? []
                for flows in tiersOf[i].map({ declared.flowsOutOf[$0.id] ?? [] }) + [namespaceFlows] {
                    for flow in flows {
                        switch flow.destination {
                        case .tier(let id): union.formUnion(tierMembers[id] ?? [])
                        case .namespace, .namespaces:
                            for name in DeclaredNetwork.namespaces(at: flow.destination, in: model) {
                                union.formUnion(index.podsByNamespace[name] ?? [])
                            }
                        case .cidr: union.formUnion(index.addresses)
                        }
                    }
                }
                for tier in tiersOf[i] {
                    if tier.dns { union.formUnion(kubeDNS) }
                    if declared.needsAWS.contains(tier.id) || declared.needsAgent.contains(tier.id) {
                        union.formUnion(index.addresses)
                    }
                }
                targets = union.sorted()
            }
            let s = source.endpoint
            for j in targets {
                let t = probes[j].endpoint
                guard s.pod != nil || t.pod != nil else { continue }
                // Both ends open in both views: everything is allowed and declared.
                let open = egress[i].isEmpty && ingress[j].isEmpty && !declaredIsolated[i] && !declaredIsolated[j]
                if open { continue }
                // What can carry the pair in each view, worked out once for all ports: the rules
                // whose peers match (nil: that end is not isolated) and the declarations that reach.
                let sending = s.pod == nil ? nil : evaluator.reachingRules(by: egress[i], direction: .egress, peer: t)
                let receiving = t.pod == nil ? nil : evaluator.reachingRules(by: ingress[j], direction: .ingress, peer: s)
                let mayAllow = (sending.map { !$0.isEmpty } ?? true) && (receiving.map { !$0.isEmpty } ?? true)
                let pair = declared.pair(from: s, fromTiers: tierPositions[i], to: t, toTiers: tierPositions[j])
                let mayDeclare = declared.allowsAnyPort(pair)
                guard mayAllow || mayDeclare else { continue }
                var both: [ProbePort] = []
                // Ports where the views differ, by what the emitted policies do: denied, allowed.
                var differing: (denied: [ProbePort], allowed: [ProbePort]) = ([], [])
                for port in ports {
                    result.count += 1
                    // Both ends' named ports resolve on the destination `t`.
                    let isAllowed = mayAllow
                        && evaluator.allows(sending, destination: t, protocol: port.protocol, port: port.port)
                        && evaluator.allows(receiving, destination: t, protocol: port.protocol, port: port.port)
                    let isDeclared = mayDeclare && declared.allows(pair, to: t, port: port)
                    if isAllowed != isDeclared {
                        if isAllowed { differing.allowed.append(port) } else { differing.denied.append(port) }
                    } else if isAllowed {
                        both.append(port)
                    }
                }
                if !differing.denied.isEmpty {
                    result.differences.append((PairKey(from: i, to: j, allowed: false), differing.denied))
                }
                if !differing.allowed.isEmpty {
                    result.differences.append((PairKey(from: i, to: j, allowed: true), differing.allowed))
                }
                if !both.isEmpty, let namespace = s.pod?.namespace ?? t.pod?.namespace {
                    result.allowed.append((namespace, "\(s) -> \(t): \(Self.describe(both, of: ports))"))
                }
            }
            return result
        }
        var differences: [PairKey: [ProbePort]] = [:]
        var allowed: [String: [String]] = [:]
        var count = 0
        for result in perSource {
            count += result.count
            for (key, found) in result.differences { differences[key] = found }
            for (namespace, line) in result.allowed { allowed[namespace, default: []].append(line) }
        }
        let findings = differences.map { key, found in
            VerifyFinding(kind: .network, from: probes[key.from].endpoint.description, to: probes[key.to].endpoint.description,
                          what: Self.describe(found, of: ports), declared: !key.allowed,
                          allowed: key.allowed,
                          source: source(from: tiersOf[key.from], to: tiersOf[key.to], probes[key.from].endpoint,
                                         probes[key.to].endpoint))
        }.sorted()
        return (findings, allowed.mapValues { $0.sorted() }, count)
    }

    /// What one source's comparisons found: pairs that differ (with the ports), the matrix's
    /// lines, and how many probes ran.
    struct SourceComparison: Sendable {
        var differences: [(PairKey, [ProbePort])] = []
        var allowed: [(namespace: String, line: String)] = []
        var count = 0
    }

    struct PairKey: Hashable, Sendable {
        var from: Int
        var to: Int
        var allowed: Bool
    }

    /// The ports tried: every port the flows and derived rules name, the ends of every range
    /// and their neighbours, named ports' numbers, every port the emitted policies name, and
    /// port 1 of each protocol (standing for "any other port").
    func probePorts(_ endpoints: ProbeEndpoints) -> [ProbePort] {
        var ports: Set<ProbePort> = [
            .init(protocol: "TCP", port: 53), .init(protocol: "UDP", port: 53), .init(protocol: "TCP", port: 80),
            .init(protocol: "TCP", port: 443), .init(protocol: "TCP", port: 1), .init(protocol: "UDP", port: 1),
            .init(protocol: "SCTP", port: 1),
        ]
        for flow in model.flows {
            for rule in flow.ports {
                let proto = rule.protocol.kubernetesName
                switch rule.port {
                case .number(let n)?: ports.insert(.init(protocol: proto, port: n))
                case .range(let low, let high)?:
                    for n in [low - 1, low, high, high + 1] where (1...65535).contains(n) { ports.insert(.init(protocol: proto, port: n)) }
                case .named(let name)?: if let n = endpoints.namedPorts[name] { ports.insert(.init(protocol: proto, port: n)) }
                case nil: ports.insert(.init(protocol: proto, port: 65535))
                }
            }
        }
        ports.formUnion(evaluator.portsNamed)
        return ports.sorted()
    }

    /// `TCP 6379`, or `TCP 53, UDP 53`; every probe port: `every port`.
    static func describe(_ ports: [ProbePort], of all: [ProbePort]) -> String {
        ports.count == all.count && all.count > 1 ? "every port" : ports.map(\.description).joined(separator: ", ")
    }

    /// The declaration a difference concerns: the flow between the two ends, else the source's
    /// tier, else the destination's, else the namespace, else the cluster.
    func source(from: [Tier], to: [Tier], _ s: NetworkEndpoint, _ t: NetworkEndpoint) -> SourceRange {
        let fromIDs = Set(from.map(\.id)), toIDs = Set(to.map(\.id))
        if let flow = model.flows.first(where: { flow in
            (flow.source.tier.map(fromIDs.contains) ?? false) && (flow.destination.tier.map(toIDs.contains) ?? false)
        }) {
            return flow.range
        }
        if let tier = from.first ?? to.first { return tier.range }
        if let namespace = s.pod?.namespace ?? t.pod?.namespace,
           let declaration = model.namespaces.first(where: { $0.name == namespace }) {
            return declaration.range
        }
        return model.cluster.range
    }
}
