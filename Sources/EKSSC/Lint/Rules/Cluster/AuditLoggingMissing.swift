/// EKS-CLUSTER-003: control-plane logging without the audit and authenticator logs.
struct AuditLoggingMissing: LintRule {
    let id = "EKS-CLUSTER-003"
    let name = "AuditLoggingMissing"
    let defaultSeverity = Severity.warning
    let title = "Control-plane logging does not include 'audit' and 'authenticator'"
    let rationale = """
        The EKS Best Practices Guide (Detective controls, "Enable audit logs") names the audit and \
        authenticator logs as the record of who did what in the cluster and which IAM identity \
        authenticated; without them an incident cannot be reconstructed.
        """
    let fix = "write 'logging api, audit, authenticator' (add controllerManager, scheduler as needed)"
    let badExample = """
        cluster demo {
          account "123456789012"
          region "us-west-2"
          oidc "https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E"
          secrets-encryption "arn:aws:kms:us-west-2:123456789012:key/12345678-1234-1234-1234-123456789012"
          logging api
          endpoint private
          authentication api
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
        let cluster = context.model.cluster
        let missing = [ControlPlaneLogType.audit, .authenticator].filter { !cluster.logging.contains($0) }
        guard !missing.isEmpty else { return [] }
        let names = missing.map { "'\($0.rawValue)'" }.joined(separator: " and ")
        return [finding("control-plane logging lacks \(names)",
                        at: context.sources.clusterSetting("logging", of: cluster) ?? context.sources.clusterName(cluster))]
    }
}
