/// EKS-CLUSTER-002: Kubernetes Secrets are not envelope-encrypted with a KMS key.
struct NoSecretsEncryption: LintRule {
    let id = "EKS-CLUSTER-002"
    let name = "NoSecretsEncryption"
    let defaultSeverity = Severity.warning
    let title = "The cluster does not envelope-encrypt Kubernetes Secrets with a KMS key"
    let rationale = """
        The EKS Best Practices Guide (Data encryption and secrets management, "Encrypt Kubernetes \
        secrets with a KMS key") recommends KMS envelope encryption so that a copy of etcd does not \
        reveal Secret values (EKS User Guide, "Encrypt Kubernetes secrets with KMS on existing clusters").
        """
    let fix = "add 'secrets-encryption \"arn:aws:kms:REGION:ACCOUNT:key/ID\"' to the cluster"
    let badExample = """
        cluster demo {
          account "123456789012"
          region "us-west-2"
          oidc "https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E"
          logging api, audit, authenticator
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
        guard cluster.secretsEncryptionKey == nil else { return [] }
        return [finding("cluster '\(cluster.name)' does not encrypt Secrets with a KMS key",
                        at: context.sources.clusterName(cluster))]
    }
}
