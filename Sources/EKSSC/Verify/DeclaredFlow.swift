/// A declared flow with its ends and ports resolved once for `DeclaredNetwork`'s questions: a
/// tier end as the tier's position, a namespace end as the set of namespace names it stands
/// for, a CIDR end parsed, ports in Kubernetes spelling. Answers exactly as the `Flow` would.
struct DeclaredFlow {
    enum End {
        /// The (first) position in `model.tiers` of the tier; -1 for a tier not declared (matches no probe).
        case tier(Int)
        /// The namespaces whose pods the end names: `namespace X` is {X}; a label selector is
        /// every name whose first declaration the labels select.
        case namespaces(Set<String>)
        /// A CIDR (nil when unparsable: matches nothing) minus its parsable `except` blocks.
        case block(CIDR?, except: [CIDR])
    }

    /// One port rule: the Kubernetes protocol name and the port (nil: every port of it).
    struct PortEntry {
        var `protocol`: String
        var port: Port?
    }

    var source: End
    var destination: End
    /// Empty: every port and protocol.
    var ports: [PortEntry]

    init(_ flow: Flow, tierPosition: [TierID: Int], firstNamespace: [String: Namespace]) {
        func end(_ endpoint: FlowEndpoint) -> End {
            switch endpoint {
            case .tier(let id): return .tier(tierPosition[id] ?? -1)
            case .namespace(let name): return .namespaces([name])
            case .namespaces(let labels):
                return .namespaces(Set(firstNamespace.values.filter { $0.matches(labels) }.map(\.name)))
            case .cidr(let block):
                return .block(try? CIDR.parse(block.cidr).get(), except: block.except.compactMap { try? CIDR.parse($0).get() })
            }
        }
        source = end(flow.source)
        destination = end(flow.destination)
        ports = flow.ports.map { PortEntry(protocol: $0.protocol.kubernetesName, port: $0.port) }
    }

    /// Whether the flow's ports include `probe` on the destination `to` (a named port resolves
    /// to `to`'s container port of that name).
    func covers(_ probe: ProbePort, on to: NetworkEndpoint) -> Bool {
        let proto = probe.protocol, port = probe.port
        return ports.isEmpty || ports.contains { rule in
            guard rule.protocol == proto else { return false }
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
