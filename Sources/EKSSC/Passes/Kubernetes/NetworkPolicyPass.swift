/// Lowers tiers and flows to NetworkPolicies.
///
/// Every namespace that runs workloads (tiers, apps, namespaced secret stores) gets
/// `default-deny` (all pods, both directions, no rules) unless it says `isolation off`. Every
/// tier gets `<tier>-policy`: one ingress rule per flow into the tier and one egress rule per
/// flow out of it, in the model's flow order (a flow declared once opens both ends), then the
/// derived egress: DNS to kube-dns unless `dns off`; HTTPS to the cluster's `aws-endpoints` when
/// one of the tier's apps has an IAM role (unless `aws off`); the Pod Identity agent when one of
/// them uses Pod Identity.
struct NetworkPolicyPass: LoweringPass {
    /// kube-dns / CoreDNS pods in kube-system, on UDP and TCP 53.
    static let dnsRule = NetworkPolicyRule(
        peers: [.pods(namespace: "kube-system", selector: [Label(key: "k8s-app", value: "kube-dns")])],
        ports: [PortRule(protocol: .udp, port: .number(53)), PortRule(protocol: .tcp, port: .number(53))]
    )

    init() {}

    func run(_ model: SecurityModel) -> PassOutput {
        // Tiers, flows and apps are referred to by their index in the model: the lookups below
        // hold no copies of them.
        var selectors: [TierID: Int] = [:]
        selectors.reserveCapacity(model.tiers.count)
        for (index, tier) in model.tiers.enumerated() { selectors[tier.id] = index }

        let isolated = Self.isolatedNamespaces(of: model)
        var manifests: [NetworkPolicyManifest] = []
        manifests.reserveCapacity(isolated.count + model.tiers.count)
        for namespace in isolated {
            manifests.append(NetworkPolicyManifest(
                metadata: .managed(name: "default-deny", namespace: namespace), podSelector: []))
        }
        // Flows by the tier at each end, in model order, so each policy costs only its own flows.
        // A flow from or to a whole namespace applies to every tier of it too.
        var tiersByNamespace: [String: [Int]] = [:]
        for (index, tier) in model.tiers.enumerated() { tiersByNamespace[tier.id.namespace, default: []].append(index) }
        func forEachTier(at endpoint: FlowEndpoint, _ body: (Int) -> Void) {
            for namespace in Self.namespaces(at: endpoint, in: model) {
                for tier in tiersByNamespace[namespace] ?? [] { body(tier) }
            }
            if let tier = endpoint.tier, let index = selectors[tier] { body(index) }
        }
        var flowsInto = [[Int]](repeating: [], count: model.tiers.count)
        var flowsOutOf = [[Int]](repeating: [], count: model.tiers.count)
        for (index, flow) in model.flows.enumerated() {
            forEachTier(at: flow.destination) { flowsInto[$0].append(index) }
            forEachTier(at: flow.source) { flowsOutOf[$0].append(index) }
        }
        var roles = [DerivedEgress.Needs](repeating: DerivedEgress.Needs(), count: model.tiers.count)
        for app in model.apps where app.iamRole != nil {
            guard let tier = app.tier, let index = selectors[tier] else { continue }
            roles[index].awsRole = true
            if app.identity == .podIdentity { roles[index].podIdentity = true }
        }
        for (index, tier) in model.tiers.enumerated() {
            var policy = policy(for: tier, into: flowsInto[index].lazy.map { model.flows[$0] },
                                outOf: flowsOutOf[index].lazy.map { model.flows[$0] }, in: model, selectors: selectors)
            policy.egress += derivedEgress(for: tier, needs: roles[index], cluster: model.cluster)
            manifests.append(policy)
        }
        manifests += namespacePolicies(model, isolated: Set(isolated), selectors: selectors)
        return PassOutput(manifests: manifests)
    }

    /// Namespaces that run workloads and do not say `isolation off`, sorted.
    static func isolatedNamespaces(of model: SecurityModel) -> [String] {
        var workloads = Set(model.tiers.map(\.id.namespace))
        workloads.formUnion(model.apps.map(\.namespace))
        workloads.formUnion(model.secretStores.compactMap(\.id.namespace))
        let open = Set(model.namespaces.filter { !$0.isolated }.map(\.name))
        return workloads.subtracting(open).sorted()
    }

    /// The declared namespaces whose every pod an endpoint stands for (none for a tier or CIDR).
    static func namespaces(at endpoint: FlowEndpoint, in model: SecurityModel) -> [String] {
        switch endpoint {
        case .namespace(let name): [name]
        case .namespaces(let labels): model.namespaces.filter { $0.matches(labels) }.map(\.name)
        case .tier, .cidr: []
        }
    }

    /// `namespace-flows` in each default-deny namespace that a flow names as a whole: every pod
    /// of it gets the flows from and to the namespace.
    func namespacePolicies(_ model: SecurityModel, isolated: Set<String>, selectors: [TierID: Int]) -> [NetworkPolicyManifest] {
        var into: [String: [Flow]] = [:]
        var outOf: [String: [Flow]] = [:]
        for flow in model.flows {
            for name in Self.namespaces(at: flow.destination, in: model) where isolated.contains(name) {
                into[name, default: []].append(flow)
            }
            for name in Self.namespaces(at: flow.source, in: model) where isolated.contains(name) {
                outOf[name, default: []].append(flow)
            }
        }
        return Set(into.keys).union(outOf.keys).sorted().map { namespace in
            let seenFrom = FlowEndpoint.namespace(namespace)
            return NetworkPolicyManifest(
                metadata: .managed(name: "namespace-flows", namespace: namespace), podSelector: [],
                ingress: (into[namespace] ?? []).map {
                    NetworkPolicyRule(peers: [peer(for: $0.source, seenFrom: seenFrom, in: model, selectors: selectors)], ports: $0.ports)
                },
                egress: (outOf[namespace] ?? []).map {
                    NetworkPolicyRule(peers: [peer(for: $0.destination, seenFrom: seenFrom, in: model, selectors: selectors)], ports: $0.ports)
                })
        }
    }

    /// The policy of one tier from the flows into it and out of it (each in model order).
    func policy(for tier: Tier, into: some Collection<Flow>, outOf: some Collection<Flow>, in model: SecurityModel,
                selectors: [TierID: Int]) -> NetworkPolicyManifest {
        let ingress = into.map {
            NetworkPolicyRule(peers: [peer(for: $0.source, seenFrom: .tier(tier.id), in: model, selectors: selectors)],
                              ports: $0.ports)
        }
        var egress = outOf.map {
            NetworkPolicyRule(peers: [peer(for: $0.destination, seenFrom: .tier(tier.id), in: model, selectors: selectors)],
                              ports: $0.ports)
        }
        if tier.dns { egress.append(Self.dnsRule) }
        var policy = NetworkPolicyManifest(
            metadata: .managed(name: "\(tier.id.name)-policy", namespace: tier.id.namespace),
            podSelector: tier.selector, ingress: ingress, egress: egress)
        policy.podSelectorExpressions = tier.expressions
        return policy
    }

    /// AWS and Pod Identity egress for the tier's apps (`needs`: what its apps with roles use).
    func derivedEgress(for tier: Tier, needs: DerivedEgress.Needs, cluster: Cluster) -> [NetworkPolicyRule] {
        var rules: [NetworkPolicyRule] = []
        if tier.aws, needs.awsRole, let endpoints = cluster.awsEndpoints {
            rules.append(DerivedEgress.awsRule(endpoints, family: cluster.ipFamily))
        }
        if needs.podIdentity {
            rules.append(DerivedEgress.podIdentityAgentRule(family: cluster.ipFamily))
        }
        return rules
    }

    /// The peer for the other end of a flow, as seen from the policy's namespace (`here`'s).
    func peer(for endpoint: FlowEndpoint, seenFrom here: FlowEndpoint, in model: SecurityModel,
              selectors: [TierID: Int]) -> NetworkPolicyPeer {
        switch endpoint {
        case .cidr(let block):
            return .ipBlock(block)
        case .tier(let other):
            // The analyzer resolves every tier reference; `app=<name>` is the documented default.
            let tier = selectors[other].map { model.tiers[$0] }
            let selector = tier?.selector ?? [Label(key: "app", value: other.name)]
            return .pods(namespace: other.namespace == here.namespace ? nil : other.namespace, selector: selector,
                         expressions: tier?.expressions ?? [])
        case .namespace(let name):
            return .pods(namespace: name == here.namespace ? nil : name, selector: [])
        case .namespaces(let labels):
            return .namespacesLabelled(labels)
        }
    }
}
