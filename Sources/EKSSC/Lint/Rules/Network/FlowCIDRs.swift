/// CIDR facts the network rules share.
enum FlowCIDRs {
    /// RFC 1918 and RFC 4193 blocks: addresses that can be inside a VPC.
    static let privateBlocks = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7"]
        .compactMap { CIDR.parse($0).value }

    /// Whether every address of `block` (less its exceptions, conservatively ignored) is private.
    static func isInsideVPC(_ block: IPBlock) -> Bool {
        guard let cidr = CIDR.parse(block.cidr).value else { return false }
        return privateBlocks.contains { $0.contains(cidr) }
    }

    /// Whether `block` covers `address` and none of its exceptions takes it out again.
    static func covers(_ block: IPBlock, _ address: String) -> Bool {
        guard let cidr = CIDR.parse(block.cidr).value, let target = CIDR.parse(address).value,
              cidr.contains(target) else { return false }
        return !block.except.contains { CIDR.parse($0).value?.contains(target) ?? false }
    }

    /// How a flow's destination is named in messages.
    static func describe(_ endpoint: FlowEndpoint) -> String {
        switch endpoint {
        case .tier(let id): "tier '\(id)'"
        case .cidr(let block): "'\(block.cidr)'"
        case .namespace(let name): "namespace '\(name)'"
        case .namespaces(let labels): "namespaces where \(labels.map { "\($0.key) = \($0.value)" }.joined(separator: ", "))"
        }
    }
}
