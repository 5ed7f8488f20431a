/// Decides whether NetworkPolicies allow a connection, following the Kubernetes API reference
/// (networking.k8s.io/v1 NetworkPolicy), independently of how ekssc writes them:
///
/// - A policy applies to the pods of its own namespace that its `podSelector` selects.
/// - A pod is isolated for a direction when some policy that applies to it lists that direction
///   in its `policyTypes`; a pod that is not isolated allows everything in that direction.
/// - An isolated pod allows what the union of the rules of those policies allows.
/// - A rule allows a peer on a port when a `from`/`to` element matches the peer (none listed:
///   every peer) and a `ports` entry matches (none listed: every port).
/// - An element with `podSelector` alone selects pods of the policy's namespace; with
///   `namespaceSelector` alone, every pod of the selected namespaces; with both, pods that match
///   the pod selector in the selected namespaces; `ipBlock` matches addresses in the CIDR and
///   outside every `except`.
/// - A connection between two pods needs egress allowed at the source and ingress allowed at
///   the destination; for an address outside, only the pod's side applies.
struct NetworkPolicyEvaluator: Sendable {
    var policies: [String: [PolicyUnderTest]]
    /// Per namespace, which of its policies (by position in `policies`) `applying` tries for a pod.
    var policyIndex: [String: PolicyIndex] = [:]
    /// Labels of every namespace by name (each has `kubernetes.io/metadata.name`).
    var namespaceLabels: [String: [String: String]]

    /// Reads the NetworkPolicies among `documents` (other kinds are skipped).
    /// - Parameter namespaceLabels: the labels of each namespace; `kubernetes.io/metadata.name`
    ///   is added as the API server does.
    init(documents: [(path: String, document: Document)], namespaceLabels: [String: [String: String]])
        throws(VerifyError) {
        var policies: [String: [PolicyUnderTest]] = [:]
        for (path, document) in documents where document["kind"]?.stringValue == "NetworkPolicy" {
            let policy = try PolicyUnderTest(document, path: path)
            policies[policy.namespace, default: []].append(policy)
        }
        self.policies = policies
        policyIndex = policies.mapValues(PolicyIndex.init)
        var labels = namespaceLabels
        for name in Set(namespaceLabels.keys).union(policies.keys) {
            labels[name, default: [:]]["kubernetes.io/metadata.name"] = name
        }
        self.namespaceLabels = labels
    }

    /// Whether `from` may open a connection to `to` on `protocol` (TCP, UDP, SCTP) and `port`.
    func allows(from: NetworkEndpoint, to: NetworkEndpoint, protocol: String, port: Int) -> Bool {
        if let source = from.pod, !allowed(pod: source, direction: .egress, peer: to, protocol: `protocol`, port: port) {
            return false
        }
        if let destination = to.pod,
           !allowed(pod: destination, direction: .ingress, peer: from, protocol: `protocol`, port: port) {
            return false
        }
        return true
    }

    /// The policies that apply to `pod` for `direction`; empty: the pod is not isolated for it.
    /// Only the policies `policyIndex` gives for the pod's labels are tried: the others cannot select it.
    func applying(to pod: NetworkEndpoint.Pod, _ direction: PolicyUnderTest.Direction) -> [PolicyUnderTest] {
        guard let all = policies[pod.namespace], let index = policyIndex[pod.namespace] else { return [] }
        var positions = index.always
        for (key, value) in pod.labels { positions += index.byLabel[key]?[value] ?? [] }
        return positions.sorted().compactMap { position in
            let policy = all[position]
            return policy.types.contains(direction) && policy.podSelector.matches(pod.labels) ? policy : nil
        }
    }

    /// The policies of one namespace by a label their pod selector requires: a policy whose
    /// selector has an `In` requirement with one value (`matchLabels`) selects only pods with
    /// that label and value, so it is filed under the first such (key, value) and tried only for
    /// pods that carry it; any other policy is always tried. Each policy is in one place.
    struct PolicyIndex: Sendable {
        var always: [Int] = []
        var byLabel: [String: [String: [Int]]] = [:]

        init(_ policies: [PolicyUnderTest]) {
            for (position, policy) in policies.enumerated() {
                if let required = policy.podSelector.requirements.first(where: { $0.operator == .in && $0.values.count == 1 }) {
                    byLabel[required.key, default: [:]][required.values[0], default: []].append(position)
                } else {
                    always.append(position)
                }
            }
        }
    }

    /// Whether `pod`'s policies allow traffic with `peer` in `direction`; the port is always
    /// the destination's (for ingress `pod` itself, for egress the peer).
    func allowed(pod: NetworkEndpoint.Pod, direction: PolicyUnderTest.Direction, peer: NetworkEndpoint,
                 protocol: String, port: Int) -> Bool {
        allowed(by: applying(to: pod, direction), pod: pod, direction: direction, peer: peer, protocol: `protocol`, port: port)
    }

    /// The same with the applying policies already looked up.
    func allowed(by applying: [PolicyUnderTest], pod: NetworkEndpoint.Pod, direction: PolicyUnderTest.Direction,
                 peer: NetworkEndpoint, protocol: String, port: Int) -> Bool {
        let destination: NetworkEndpoint = direction == .ingress ? .pod(pod) : peer
        return allows(reachingRules(by: applying, direction: direction, peer: peer), destination: destination,
                      protocol: `protocol`, port: port)
    }

    /// The `ports` of every rule of `applying` whose peers include `peer` (whatever the port);
    /// nil when `applying` is empty (the pod is not isolated: everything is allowed). An empty
    /// result: nothing is allowed with `peer` on any port. A connection is allowed on a port
    /// exactly when one of these rules' ports matches it (`allows(_:destination:protocol:port:)`),
    /// so the peer matching is done once per pair of endpoints, not once per port.
    func reachingRules(by applying: [PolicyUnderTest], direction: PolicyUnderTest.Direction,
                       peer: NetworkEndpoint) -> [[PolicyUnderTest.PortMatch]]? {
        guard !applying.isEmpty else { return nil }
        var reaching: [[PolicyUnderTest.PortMatch]] = []
        for policy in applying {
            for rule in direction == .ingress ? policy.ingress : policy.egress
            where rule.peers.isEmpty || rule.peers.contains(where: { matches($0, peer, policyNamespace: policy.namespace) }) {
                reaching.append(rule.ports)
            }
        }
        return reaching
    }

    /// Whether rules reaching a peer (`reachingRules`) allow `port` of `destination` (the pod
    /// whose named ports resolve: for ingress the policy's pod, for egress the peer).
    func allows(_ reaching: [[PolicyUnderTest.PortMatch]]?, destination: NetworkEndpoint, protocol: String,
                port: Int) -> Bool {
        guard let reaching else { return true }
        return reaching.contains { ports in
            ports.isEmpty || ports.contains { matches($0, destination, `protocol`, port) }
        }
    }

    /// Whether some rule of `applying` names `peer` at all, whatever the port.
    func mayReach(by applying: [PolicyUnderTest], direction: PolicyUnderTest.Direction, peer: NetworkEndpoint) -> Bool {
        reachingRules(by: applying, direction: direction, peer: peer).map { !$0.isEmpty } ?? true
    }

    /// Every port number a policy names (with the neighbours of each range's ends), per protocol.
    var portsNamed: Set<ProbePort> {
        var ports: Set<ProbePort> = []
        for policy in policies.values.joined() {
            for rule in policy.ingress + policy.egress {
                for entry in rule.ports {
                    if case .range(let low, let high) = entry.port {
                        for port in [low - 1, low, high, high + 1] where (1...65535).contains(port) {
                            ports.insert(ProbePort(protocol: entry.protocol, port: port))
                        }
                    }
                }
            }
        }
        return ports
    }

    /// A namespace's labels; one the evaluator was not told about has just its name label.
    func labels(ofNamespace name: String) -> [String: String] {
        namespaceLabels[name] ?? ["kubernetes.io/metadata.name": name]
    }

    /// The namespaces among the `candidates`' that each namespace selector of any policy
    /// selects, for `peers`: computed once, not once per source pod (there are as many
    /// namespaces as teams, and as many source pods as apps).
    func selectedNamespaces(in candidates: EndpointIndex) -> [LabelSelector: [String]] {
        var selected: [LabelSelector: [String]] = [:]
        for policy in policies.values.joined() {
            for rule in policy.ingress + policy.egress {
                for peer in rule.peers {
                    guard let selector = peer.namespaceSelector, selected[selector] == nil else { continue }
                    selected[selector] = candidates.podsByNamespace.keys.filter { selector.matches(labels(ofNamespace: $0)) }
                }
            }
        }
        return selected
    }

    /// Indexes of the `candidates` that some rule of `applying` names, whatever the port; nil
    /// when the pod is not isolated (every candidate). Pods are looked at only in the
    /// namespaces a peer can select (`selectedNamespaces`, from `selectedNamespaces(in:)`).
    func peers(by applying: [PolicyUnderTest], direction: PolicyUnderTest.Direction,
               in candidates: EndpointIndex, selectedNamespaces: [LabelSelector: [String]]) -> Set<Int>? {
        guard !applying.isEmpty else { return nil }
        var found: Set<Int> = []
        for policy in applying {
            for rule in direction == .ingress ? policy.ingress : policy.egress {
                guard !rule.peers.isEmpty else { return Set(candidates.endpoints.indices) }
                for peer in rule.peers {
                    if peer.ipBlock != nil {
                        found.formUnion(candidates.addresses.filter { matches(peer, candidates.endpoints[$0], policyNamespace: policy.namespace) })
                        continue
                    }
                    let namespaces = peer.namespaceSelector.map { selector in
                        selectedNamespaces[selector]
                            ?? candidates.podsByNamespace.keys.filter { selector.matches(labels(ofNamespace: $0)) }
                    } ?? [policy.namespace]
                    for namespace in namespaces {
                        for index in candidates.podsByNamespace[namespace] ?? [] {
                            if let pod = candidates.endpoints[index].pod, peer.podSelector?.matches(pod.labels) ?? true {
                                found.insert(index)
                            }
                        }
                    }
                }
            }
        }
        return found
    }

    func matches(_ peer: PolicyUnderTest.Peer, _ endpoint: NetworkEndpoint, policyNamespace: String) -> Bool {
        switch endpoint {
        case .address(let text):
            guard let block = peer.ipBlock, let address = Self.host(text) else { return false }
            return block.cidr.contains(address) && !block.except.contains { $0.contains(address) }
        case .pod(let pod):
            guard peer.ipBlock == nil else { return false }
            if let namespaces = peer.namespaceSelector {
                guard namespaces.matches(labels(ofNamespace: pod.namespace)) else { return false }
            } else if pod.namespace != policyNamespace {
                return false
            }
            return peer.podSelector?.matches(pod.labels) ?? true
        }
    }

    func matches(_ entry: PolicyUnderTest.PortMatch, _ destination: NetworkEndpoint, _ proto: String, _ port: Int) -> Bool {
        guard entry.protocol == proto else { return false }
        switch entry.port {
        case .any: return true
        case .range(let low, let high): return low <= port && port <= high
        case .named(let name):
            guard let named = destination.pod?.namedPorts[name] else { return false }
            return named.protocol == proto && named.port == port
        }
    }

    /// An address as a one-address CIDR (`/32` or `/128`).
    static func host(_ text: String) -> CIDR? {
        let bits = text.contains(":") ? 128 : 32
        return try? CIDR.parse("\(text)/\(bits)").get()
    }
}
