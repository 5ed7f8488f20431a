/// EKS-NET-002: SSH, RDP or database ports reachable from outside the VPC.
struct AdminPortFromOutside: LintRule {
    let id = "EKS-NET-002"
    let name = "AdminPortFromOutside"
    let defaultSeverity = Severity.error
    let title = "SSH, RDP or a database port is open to addresses outside the VPC"
    let rationale = """
        Remote administration and database ports are the first ones scanned on the internet; they \
        should only be reachable from private address space (EKS Best Practices Guide, Network \
        security; Amazon VPC User Guide, "Security best practices for your VPC").
        """
    let fix = "allow these ports only from a private CIDR (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) or a tier"
    let badExample = """
        flow cidr "203.0.113.0/24" -> db on tcp/5432
        """
    let goodExample = """
        flow cidr "10.20.0.0/16" -> db on tcp/5432
        """

    /// Port number → what usually listens there.
    static let ports: [(Int, String)] = [
        (22, "SSH"), (1433, "SQL Server"), (1521, "Oracle"), (3306, "MySQL"), (3389, "RDP"), (5432, "PostgreSQL"),
        (5439, "Redshift"), (6379, "Redis"), (9042, "Cassandra"), (11211, "Memcached"), (27017, "MongoDB"),
    ]

    func check(_ context: LintContext) -> [LintFinding] {
        context.model.flows.compactMap { flow in
            guard case .cidr(let block) = flow.source, case .tier(let tier) = flow.destination,
                  !FlowCIDRs.isInsideVPC(block) else { return nil }
            let open = Self.ports.filter { port, _ in
                flow.ports.isEmpty || flow.ports.contains { rule in
                    guard rule.protocol == .tcp else { return false }
                    switch rule.port {
                    case nil: return true
                    case .number(let number): return number == port
                    case .range(let low, let high): return (low...high).contains(port)
                    case .named: return false
                    }
                }
            }
            guard !open.isEmpty else { return nil }
            let names = open.map { "\($0.1) (\($0.0))" }.joined(separator: ", ")
            return finding("tier '\(tier)' accepts \(names) from '\(block.cidr)', outside private address space",
                           at: flow.range)
        }
    }
}
