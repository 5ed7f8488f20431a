import Testing
@testable import EKSSC

@Suite struct AWSIdentifierTests {
    @Test(arguments: ["123456789012", "000000000000"])
    func validAccounts(_ text: String) {
        #expect(AWSIdentifiers.account(text) == .success(text))
    }

    @Test(arguments: ["12345678901", "1234567890123", "12345678901a", "", "１２３４５６７８９０１２"])
    func invalidAccounts(_ text: String) {
        #expect(AWSIdentifiers.account(text).failure?.message
            == "invalid AWS account '\(text)': expected exactly 12 digits")
    }

    @Test(arguments: ["us-west-2", "eu-central-1", "us-gov-west-1", "cn-north-1", "ap-southeast-3", "mx-central-1"])
    func validRegions(_ text: String) {
        #expect(AWSIdentifiers.region(text) == .success(text))
    }

    /// Well-shaped names are not enough: `us-west-99` has the shape of a region and is none.
    /// (The ISO partitions are not supported: their ARNs need partitions ekssc does not write.)
    @Test(arguments: ["us-west", "US-WEST-2", "uswest2", "us-west-2a", "", "useast-1", "us-gov-west", "us-west-99",
                      "eu-west-9", "us-isob-east-1"])
    func invalidRegions(_ text: String) {
        #expect(AWSIdentifiers.region(text).failure?.message
            == "unknown region '\(text)': expected an AWS region such as 'us-west-2'")
    }

    @Test(arguments: [("us-west-99", "us-west-1"), ("eu-wset-1", "eu-west-1"), ("US-WEST-2", "us-west-2"),
                      ("cn-nrth-1", "cn-north-1")])
    func unknownRegionsSuggestTheClosestKnownOne(_ text: String, suggestion: String) {
        #expect(AWSIdentifiers.region(text).failure?.hint == "did you mean '\(suggestion)'?")
    }

    @Test func everyKnownRegionIsInThePartitionItsNameImplies() {
        for (partition, regions) in AWSRegions.byPartition {
            #expect(regions.allSatisfy { Partition.of(region: $0) == partition })
        }
        #expect(Set(AWSRegions.all).count == AWSRegions.all.count)
    }

    @Test(arguments: [
        ("https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E", "us-west-2"),
        ("https://oidc.eks.cn-north-1.amazonaws.com.cn/id/0123ABCDEF", "cn-north-1"),
        ("https://oidc.eks.us-gov-west-1.amazonaws.com/id/ABC123", "us-gov-west-1"),
    ])
    func validIssuers(_ text: String, region: String) {
        let result = AWSIdentifiers.oidcIssuer(text).value
        #expect(result?.issuer == text)
        #expect(result?.region == region)
    }

    @Test(arguments: [
        ("http://oidc.eks.us-west-2.amazonaws.com/id/ABC",
         "invalid OIDC issuer 'http://oidc.eks.us-west-2.amazonaws.com/id/ABC': expected 'https://oidc.eks.<region>.amazonaws.com/id/<ID>'"),
        ("https://oidc.eks.us-west-2.amazonaws.com/ABC",
         "invalid OIDC issuer 'https://oidc.eks.us-west-2.amazonaws.com/ABC': expected 'https://oidc.eks.<region>.amazonaws.com/id/<ID>'"),
        ("https://oidc.eks.cn-north-1.amazonaws.com/id/ABC",
         "invalid OIDC issuer 'https://oidc.eks.cn-north-1.amazonaws.com/id/ABC': a China region needs '.amazonaws.com.cn'"),
        ("https://oidc.eks.us-west-2.amazonaws.com.cn/id/ABC",
         "invalid OIDC issuer 'https://oidc.eks.us-west-2.amazonaws.com.cn/id/ABC': '.amazonaws.com.cn' is only for China regions"),
        ("https://oidc.eks.uswest.amazonaws.com/id/ABC",
         "invalid OIDC issuer 'https://oidc.eks.uswest.amazonaws.com/id/ABC': 'uswest' is not an AWS region"),
        ("https://oidc.eks.us-west-2.amazonaws.com/id/AB-C",
         "invalid OIDC issuer 'https://oidc.eks.us-west-2.amazonaws.com/id/AB-C': the id must be hexadecimal or uppercase letters and digits"),
        ("https://oidc.eks.us-west-2.amazonaws.com/id/",
         "invalid OIDC issuer 'https://oidc.eks.us-west-2.amazonaws.com/id/': the id must be hexadecimal or uppercase letters and digits"),
    ])
    func invalidIssuers(_ text: String, message: String) {
        #expect(AWSIdentifiers.oidcIssuer(text).failure?.message == message)
    }

    @Test(arguments: ["sg-12345678", "sg-1234567890abcdef0"])
    func validSecurityGroups(_ text: String) {
        #expect(AWSIdentifiers.securityGroup(text) == .success(text))
    }

    @Test(arguments: ["sg-1234567", "sg-1234567890ABCDEF0", "sg-123456789", "sg_12345678", "12345678", "sg-1234567g"])
    func invalidSecurityGroups(_ text: String) {
        #expect(AWSIdentifiers.securityGroup(text).failure?.message
            == "invalid security group id '\(text)': expected 'sg-' and 8 or 17 lowercase hex digits")
    }

    @Test(arguments: ["fs-0123abcd", "fs-0123456789abcdef0"])
    func validFileSystems(_ text: String) {
        #expect(AWSIdentifiers.efsFileSystem(text) == .success(text))
    }

    @Test(arguments: ["fs-012", "sg-0123abcd", "fs-0123456789ABCDEF0"])
    func invalidFileSystems(_ text: String) {
        #expect(AWSIdentifiers.efsFileSystem(text).failure?.message
            == "invalid EFS file system id '\(text)': expected 'fs-' and 8 or 17 lowercase hex digits")
    }
}
