/// EKS-STORAGE-002: an encrypted EBS class with the account's default AWS-managed key.
struct EBSWithoutCustomerKey: LintRule {
    let id = "EKS-STORAGE-002"
    let name = "EBSWithoutCustomerKey"
    let defaultSeverity = Severity.note
    let title = "An EBS storage class encrypts with the AWS-managed key, not a customer key"
    let rationale = """
        Volumes encrypted with the AWS-managed aws/ebs key cannot be shared across accounts, and its \
        key policy cannot be narrowed; a customer managed key lets you control and audit who may \
        decrypt (Amazon EBS User Guide, "Amazon EBS encryption"; EKS Best Practices Guide, Data encryption).
        """
    let fix = "add 'kms \"arn:aws:kms:REGION:ACCOUNT:key/ID\"'"
    let badExample = """
        storageclass fast {
          ebs gp3
        }
        """
    let goodExample = """
        storageclass fast {
          ebs gp3
          kms "arn:aws:kms:us-west-2:123456789012:key/12345678-1234-1234-1234-123456789012"
        }
        """

    func check(_ context: LintContext) -> [LintFinding] {
        context.model.storageClasses.compactMap { storageClass in
            guard case .ebs(let ebs) = storageClass.backend, ebs.encrypted, ebs.kmsKey == nil else { return nil }
            return finding("storage class '\(storageClass.name)' encrypts with the account's default EBS key",
                           at: context.sources.setting("ebs", of: storageClass))
        }
    }
}
