/// EKS-STORAGE-001: an EBS storage class that says `unencrypted`.
struct UnencryptedEBS: LintRule {
    let id = "EKS-STORAGE-001"
    let name = "UnencryptedEBS"
    let defaultSeverity = Severity.warning
    let title = "An EBS storage class provisions unencrypted volumes"
    let rationale = """
        The EKS Best Practices Guide (Data encryption and secrets management, "Encryption at rest") \
        recommends encrypting every EBS volume; encryption has no cost and no performance penalty \
        (Amazon EBS User Guide, "Amazon EBS encryption").
        """
    let fix = "remove 'unencrypted': EBS encryption costs nothing"
    let badExample = """
        storageclass scratch {
          ebs gp3
          unencrypted
        }
        """
    let goodExample = """
        storageclass scratch {
          ebs gp3
          kms "arn:aws:kms:us-west-2:123456789012:key/12345678-1234-1234-1234-123456789012"
        }
        """

    func check(_ context: LintContext) -> [LintFinding] {
        context.model.storageClasses.compactMap { storageClass in
            guard case .ebs(let ebs) = storageClass.backend, !ebs.encrypted else { return nil }
            return finding("storage class '\(storageClass.name)' stores volumes unencrypted",
                           at: context.sources.setting("unencrypted", of: storageClass))
        }
    }
}
