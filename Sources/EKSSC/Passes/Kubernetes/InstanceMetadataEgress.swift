/// Whether a CIDR peer opens the EC2 instance metadata service (`169.254.169.254`,
/// `fd00:ec2::254`): a pod that reaches it can take the node role's credentials, which IRSA and
/// Pod Identity exist to replace. Derived rules never open it; a declared flow that does is
/// reported. One small function so a lint rule can call it.
enum InstanceMetadataEgress {
    static let addresses = ["169.254.169.254/32", "fd00:ec2::254/128"]

    /// The metadata address that `block` lets through (inside the CIDR, outside every except).
    static func opened(by block: IPBlock) -> String? {
        guard case .success(let main) = CIDR.parse(block.cidr) else { return nil }
        let carved = block.except.compactMap { try? CIDR.parse($0).get() }
        for text in addresses {
            guard let address = try? CIDR.parse(text).get(), main.contains(address) else { continue }
            if !carved.contains(where: { $0.contains(address) }) { return String(text.prefix { $0 != "/" }) }
        }
        return nil
    }
}
