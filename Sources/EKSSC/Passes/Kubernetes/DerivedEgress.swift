/// The egress rules that a tier's apps need because of what the file declares elsewhere: their
/// IAM roles need the AWS APIs, Pod Identity needs the node-local agent. Written once here so
/// the NetworkPolicy pass and its diagnostics agree.
enum DerivedEgress {
    /// What a tier's apps with IAM roles need beyond their flows.
    struct Needs: Sendable, Equatable {
        /// One of them has an IAM role: the AWS APIs.
        var awsRole = false
        /// One of them gets its role through Pod Identity: the node-local agent.
        var podIdentity = false
    }

    /// Address ranges that the public AWS endpoints never use: private (RFC 1918), shared
    /// address space (RFC 6598, often pod subnets), link-local (instance metadata, the Pod
    /// Identity agent) and loopback. `aws-endpoints public` opens every other IPv4 address.
    static let nonPublicIPv4 = [
        "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.168.0.0/16",
    ]

    /// IPv6 ranges that the public AWS endpoints never use: unique-local (the node-local
    /// agents and metadata live in `fd00:ec2::/32`), link-local and loopback.
    static let nonPublicIPv6 = ["::1/128", "fc00::/7", "fe80::/10"]

    /// The EKS Pod Identity agent on every node.
    static let podIdentityAgentIPv4 = "169.254.170.23/32"
    static let podIdentityAgentIPv6 = "fd00:ec2::23/128"

    /// HTTPS to the AWS endpoints the cluster declares.
    static func awsRule(_ endpoints: AWSEndpoints, family: IPFamily) -> NetworkPolicyRule {
        let https = [PortRule(protocol: .tcp, port: .number(443))]
        switch endpoints {
        case .public:
            var peers: [NetworkPolicyPeer] = [.ipBlock(IPBlock(cidr: "0.0.0.0/0", except: nonPublicIPv4))]
            if family == .ipv6 { peers.append(.ipBlock(IPBlock(cidr: "::/0", except: nonPublicIPv6))) }
            return NetworkPolicyRule(peers: peers, ports: https)
        case .vpc(let cidrs):
            return NetworkPolicyRule(peers: cidrs.map { .ipBlock(IPBlock(cidr: $0)) }, ports: https)
        }
    }

    /// HTTP to the Pod Identity agent, which hands out the pod's credentials (on both of its
    /// addresses in an IPv6 cluster).
    static func podIdentityAgentRule(family: IPFamily) -> NetworkPolicyRule {
        let agents = family == .ipv6 ? [podIdentityAgentIPv4, podIdentityAgentIPv6] : [podIdentityAgentIPv4]
        return NetworkPolicyRule(peers: agents.map { .ipBlock(IPBlock(cidr: $0)) },
                                 ports: [PortRule(protocol: .tcp, port: .number(80))])
    }

    /// The AWS services an app's role calls (`sts` first: every SDK exchanges the token there),
    /// from its statements' action prefixes; managed policies count as "the services they grant".
    static func services(of role: IAMRoleSpec) -> [String] {
        var services: Set<String> = []
        for statement in role.statements where statement.effect == .allow {
            for action in statement.actions {
                if let colon = action.firstIndex(of: ":") { services.insert(String(action[..<colon])) }
            }
        }
        return ["sts"] + services.subtracting(["sts"]).sorted()
    }
}
