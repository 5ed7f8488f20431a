/// EKS-CLUSTER-001: a public API endpoint open to the internet.
struct PublicEndpoint: LintRule {
    let id = "EKS-CLUSTER-001"
    let name = "PublicEndpoint"
    let defaultSeverity = Severity.warning
    let title = "The cluster's API endpoint is public without a CIDR allow-list, or open to 0.0.0.0/0"
    let rationale = """
        The EKS Best Practices Guide (Infrastructure security, "Make the EKS cluster endpoint private") \
        recommends a private endpoint, or at least restricting the public one to known CIDR blocks \
        (EKS User Guide, "Cluster API server endpoint"). Without 'public-access' EKS allows 0.0.0.0/0.
        """
    let fix = "use 'endpoint private', or list your egress CIDRs in 'public-access'"
    let badExample = """
        cluster demo {
          account "123456789012"
          region "us-west-2"
          oidc "https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E"
          secrets-encryption "arn:aws:kms:us-west-2:123456789012:key/12345678-1234-1234-1234-123456789012"
          logging api, audit, authenticator
          authentication api
          endpoint public
        }
        """
    let goodExample = """
        cluster demo {
          account "123456789012"
          region "us-west-2"
          oidc "https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E"
          secrets-encryption "arn:aws:kms:us-west-2:123456789012:key/12345678-1234-1234-1234-123456789012"
          logging api, audit, authenticator
          authentication api
          endpoint public-and-private
          public-access "203.0.113.0/24"
        }
        """

    func check(_ context: LintContext) -> [LintFinding] {
        let cluster = context.model.cluster
        guard let endpoint = cluster.endpoint, endpoint != .private else { return [] }
        let sources = context.sources
        let at = sources.clusterSetting("endpoint", of: cluster) ?? cluster.range
        if cluster.publicAccessCIDRs.isEmpty {
            return [finding("the API endpoint is '\(endpoint.rawValue)' with no 'public-access': open to 0.0.0.0/0", at: at)]
        }
        return cluster.publicAccessCIDRs.filter { CIDR.parse($0).value?.prefixLength == 0 }.map { cidr in
            finding("the public API endpoint is open to '\(cidr)'", at: sources.clusterSetting("public-access", of: cluster) ?? at)
        }
    }
}
