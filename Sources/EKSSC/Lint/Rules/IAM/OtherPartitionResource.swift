/// EKS-IAM-005: a resource ARN in another partition than the cluster's.
struct OtherPartitionResource: LintRule {
    let id = "EKS-IAM-005"
    let name = "OtherPartitionResource"
    let defaultSeverity = Severity.error
    let title = "A policy names a resource in another AWS partition"
    let rationale = """
        Partitions (aws, aws-cn, aws-us-gov) are separate: a role in one can never act on a \
        resource in another, so the statement is dead or the ARN is wrong (AWS General Reference, \
        "Amazon Resource Names (ARNs)").
        """
    let fix = "use the cluster's partition in the ARN"
    let badExample = """
        app api in shop {
          iam-role { allow "s3:GetObject" on "arn:aws-cn:s3:::shop-assets/*" }
        }
        """
    let goodExample = """
        app api in shop {
          iam-role { allow "s3:GetObject" on "arn:aws:s3:::shop-assets/*" }
        }
        """

    func check(_ context: LintContext) -> [LintFinding] {
        let partition = context.model.cluster.partition.rawValue
        let own = "arn:\(partition):"
        return context.statements.flatMap { item in
            item.statement.resources.compactMap { resource -> LintFinding? in
                guard !resource.hasPrefix(own) else { return nil }
                let parts = resource.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
                guard parts.count == 3, parts[0] == "arn", parts[1] != "*", parts[1] != Substring(partition) else { return nil }
                return finding("'\(resource)' is in partition '\(parts[1])', the cluster in '\(partition)'",
                               at: item.range)
            }
        }
    }
}
