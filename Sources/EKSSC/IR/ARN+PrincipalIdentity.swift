extension ARN {
    /// What IAM considers the same principal: partition, account, type (`user`, `role`) and the
    /// name without its path, lowercased (IAM user and role names are case-insensitive, and
    /// aws-auth and STS drop the path). `arn:aws:iam::1:role/Ops/Admin` → `aws:1:role/admin`.
    var principalIdentity: String {
        let parts = resource.split(separator: "/", omittingEmptySubsequences: true)
        let type = parts.first.map(String.init) ?? resource
        let name = parts.count >= 2 ? String(parts[parts.count - 1]) : ""
        return "\(partition.rawValue):\(account):\(type)/\(name.lowercased())"
    }
}
