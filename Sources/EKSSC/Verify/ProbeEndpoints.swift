/// The pods and addresses `ekssc verify` asks the evaluator about: one representative pod per
/// tier (labelled exactly with the tier's selector), one unlabelled pod per namespace, kube-dns,
/// a pod of an undeclared namespace, and addresses inside and outside every declared CIDR, the
/// AWS endpoints, the Pod Identity agent and instance metadata.
struct ProbeEndpoints {
    enum Role: Hashable {
        case tier(TierID)
        case otherPod(String)
        case kubeDNS
        case outsidePod
        case address
    }

    struct Probe {
        var endpoint: NetworkEndpoint
        var role: Role
    }

    static let outsideNamespace = "ekssc-verify-outside"
    static let metadataAddress = "169.254.169.254"
    static let podIdentityAgent = "169.254.170.23"
    static let podIdentityAgentIPv6 = "fd00:ec2::23"
    static let metadataAddressIPv6 = "fd00:ec2::254"
    /// An address of a public AWS IPv6 range.
    static let publicAWSAddressIPv6 = "2600:1f18::1"
    /// An address of a public AWS endpoint range.
    static let publicAWSAddress = "52.94.133.131"
    /// Private, shared and link-local addresses that no public AWS endpoint uses.
    static let privateAddresses = ["10.255.255.254", "100.64.0.1", "172.16.0.1", "192.168.0.1"]

    var probes: [Probe] = []
    /// Named container ports of the tier pods, with the number each resolves to.
    var namedPorts: [String: Int] = [:]

    init(model: SecurityModel) {
        // Named ports get numbers that no flow mentions, so they cannot be confused with one.
        var used: Set<Int> = []
        var names: Set<String> = []
        for flow in model.flows {
            for rule in flow.ports {
                switch rule.port {
                case .number(let n)?: used.insert(n)
                case .range(let low, let high)?: used.formUnion([low, high])
                case .named(let name)?: names.insert(name)
                case nil: break
                }
            }
        }
        var next = 40000
        for name in names.sorted() {
            while used.contains(next) { next += 1 }
            namedPorts[name] = next
            next += 1
        }
        var portsByTier: [TierID: [String: NetworkEndpoint.NamedPort]] = [:]
        for flow in model.flows {
            guard let tier = flow.destination.tier else { continue }
            for rule in flow.ports {
                if case .named(let name)? = rule.port, let number = namedPorts[name] {
                    portsByTier[tier, default: [:]][name] = .init(protocol: rule.protocol.kubernetesName, port: number)
                }
            }
        }
        for tier in model.tiers {
            // Exactly the selector's labels, plus the first value of each `in` and a value for
            // each `exists` (a `notin` key is left off, which meets it).
            var labels = Dictionary(tier.selector.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            for expression in tier.expressions where labels[expression.key] == nil {
                switch expression.operator {
                case .in: labels[expression.key] = expression.values.first
                case .exists: labels[expression.key] = "present"
                case .notin: break
                }
            }
            probes.append(Probe(endpoint: .pod(.init(namespace: tier.id.namespace, displayName: tier.id.description,
                                                     labels: labels, namedPorts: portsByTier[tier.id] ?? [:])),
                                role: .tier(tier.id)))
        }
        let namespaces = Set(model.namespaces.map(\.name)).union(model.tiers.map(\.id.namespace)).sorted()
        for namespace in namespaces {
            probes.append(Probe(endpoint: .pod(.init(namespace: namespace, displayName: "\(namespace)/(unlabelled pod)",
                                                     labels: ["ekssc.dev/verify-probe": "unlabelled"])),
                                role: .otherPod(namespace)))
        }
        probes.append(Probe(endpoint: .pod(.init(namespace: "kube-system", displayName: "kube-system/kube-dns",
                                                 labels: ["k8s-app": "kube-dns"])), role: .kubeDNS))
        probes.append(Probe(endpoint: .pod(.init(namespace: Self.outsideNamespace,
                                                 displayName: "\(Self.outsideNamespace)/(unlabelled pod)", labels: [:])),
                            role: .outsidePod))
        var addresses: Set<String> = [Self.metadataAddress, Self.podIdentityAgent, Self.publicAWSAddress]
        addresses.formUnion(Self.privateAddresses)
        if model.cluster.ipFamily == .ipv6 {
            addresses.formUnion([Self.podIdentityAgentIPv6, Self.metadataAddressIPv6, Self.publicAWSAddressIPv6])
        }
        var blocks: [IPBlock] = model.flows.flatMap { [$0.source, $0.destination] }.compactMap {
            if case .cidr(let block) = $0 { return block }
            return nil
        }
        if case .vpc(let cidrs)? = model.cluster.awsEndpoints { blocks += cidrs.map { IPBlock(cidr: $0) } }
        for block in blocks {
            guard let cidr = try? CIDR.parse(block.cidr).get() else { continue }
            let carved = block.except.compactMap { try? CIDR.parse($0).get() }
            if let inside = AddressPicker.addresses(in: cidr).first(where: { a in !carved.contains { $0.contains(a) } }) {
                addresses.insert(AddressPicker.text(inside))
            }
            for except in carved { if let inside = AddressPicker.addresses(in: except).first { addresses.insert(AddressPicker.text(inside)) } }
        }
        for address in addresses.sorted() {
            probes.append(Probe(endpoint: .address(address), role: .address))
        }
    }
}

/// Concrete addresses inside a CIDR, for probing.
enum AddressPicker {
    /// The second, the last but one, the first and the last address of the block, as one-address CIDRs.
    static func addresses(in block: CIDR) -> [CIDR] {
        let bits = block.address.count * 8
        func with(_ transform: (inout [UInt8]) -> Void) -> CIDR {
            var bytes = block.address
            transform(&bytes)
            return CIDR(address: bytes, prefixLength: bits)
        }
        let hostBits = bits - block.prefixLength
        func setHostBits(_ bytes: inout [UInt8]) {
            for bit in 0..<hostBits {
                let index = bytes.count - 1 - bit / 8
                bytes[index] |= UInt8(1 << (bit % 8))
            }
        }
        let first = with { _ in }
        let last = with(setHostBits)
        guard hostBits >= 2 else { return [first, last] }
        let second = with { $0[$0.count - 1] |= 1 }
        let lastButOne = with { setHostBits(&$0); $0[$0.count - 1] &= 0xFE }
        return [second, lastButOne, first, last]
    }

    static func text(_ address: CIDR) -> String {
        String(address.description.prefix { $0 != "/" })
    }
}
