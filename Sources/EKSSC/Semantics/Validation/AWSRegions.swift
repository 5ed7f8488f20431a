/// The AWS regions ekssc knows, by partition: the one list every region check uses (cluster,
/// secret stores, KMS keys, OIDC issuers). A region that is not here is an error with the
/// closest known region as hint, never a guess from the name's shape.
///
/// The regions of the `aws`, `aws-cn` and `aws-us-gov` partitions as the AWS SDKs list them
/// (botocore's `partitions.json`, November 2026); the ISO and European Sovereign Cloud
/// partitions are not supported, their ARNs need partitions ekssc does not write. Add a region
/// here when AWS opens one.
enum AWSRegions {
    static let byPartition: [(partition: Partition, regions: [String])] = [
        (.aws, [
            "af-south-1",
            "ap-east-1", "ap-east-2",
            "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
            "ap-south-1", "ap-south-2",
            "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5",
            "ap-southeast-6", "ap-southeast-7",
            "ca-central-1", "ca-west-1",
            "eu-central-1", "eu-central-2",
            "eu-north-1",
            "eu-south-1", "eu-south-2",
            "eu-west-1", "eu-west-2", "eu-west-3",
            "il-central-1",
            "me-central-1", "me-south-1",
            "mx-central-1",
            "sa-east-1",
            "us-east-1", "us-east-2",
            "us-west-1", "us-west-2",
        ]),
        (.awsCN, ["cn-north-1", "cn-northwest-1"]),
        (.awsUSGov, ["us-gov-east-1", "us-gov-west-1"]),
    ]

    /// Every known region, sorted.
    static let all: [String] = byPartition.flatMap(\.regions).sorted()

    private static let known = Set(all)

    static func isKnown(_ region: String) -> Bool { known.contains(region) }
}
