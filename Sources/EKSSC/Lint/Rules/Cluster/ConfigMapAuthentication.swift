/// EKS-CLUSTER-004: `authentication config-map`, the deprecated aws-auth-only mode.
struct ConfigMapAuthentication: LintRule {
    let id = "EKS-CLUSTER-004"
    let name = "ConfigMapAuthentication"
    let defaultSeverity = Severity.warning
    let title = "The cluster authenticates through the aws-auth ConfigMap only"
    let rationale = """
        The aws-auth ConfigMap is deprecated in favour of EKS access entries (EKS User Guide, "Grant \
        IAM users access to Kubernetes with EKS access entries"; Best Practices Guide, Identity and \
        Access Management, "Use EKS Access Entries"): anyone who can edit one ConfigMap in \
        kube-system can grant themselves cluster access, and a malformed edit locks everyone out.
        """
    let fix = "use 'authentication api' (or 'api-and-config-map' while migrating)"
    let badExample = """
        cluster demo {
          account "123456789012"
          region "us-west-2"
          oidc "https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E"
          secrets-encryption "arn:aws:kms:us-west-2:123456789012:key/12345678-1234-1234-1234-123456789012"
          logging api, audit, authenticator
          endpoint private
          authentication config-map
        }
        """
    let goodExample = """
        cluster demo {
          account "123456789012"
          region "us-west-2"
          oidc "https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E"
          secrets-encryption "arn:aws:kms:us-west-2:123456789012:key/12345678-1234-1234-1234-123456789012"
          logging api, audit, authenticator
          endpoint private
          authentication api
        }
        """

    func check(_ context: LintContext) -> [LintFinding] {
        guard context.model.cluster.authenticationMode == .configMap else { return [] }
        return [finding("'authentication config-map' relies on the deprecated aws-auth ConfigMap",
                        at: context.sources.clusterSetting("authentication", of: context.model.cluster) ?? context.model.cluster.range)]
    }
}
