import Testing
@testable import EKSSC

/// `monitoring { trail ...; flow-logs ... }`: what the analyzer accepts and what the monitoring
/// stack holds.
@Suite struct MonitoringTests {
    static func source(_ monitoring: String) -> SourceFile {
        SourceFile(path: "m.sec", text: """
            cluster prod {
              account "123456789012"
              region  "eu-west-1"
              oidc    "https://oidc.eks.eu-west-1.amazonaws.com/id/ABC"
              monitoring {
            \(monitoring)
              }
            }
            """)
    }

    static func errors(_ monitoring: String) -> [String] {
        Compiler.check(source(monitoring)).diagnostics.filter { $0.severity == .error }.map(\.message)
    }

    @Test func everyValueIsCheckedAgainstTheAWSRules() {
        #expect(Self.errors("""
            trail a bucket "Bad_Bucket"
            flow-logs "vpc-xyz" to cloudwatch "/flow logs" retention 10
            flow-logs "vpc-12345678" to kinesis "x"
            flow-logs "vpc-12345678" to s3 "arn:aws-cn:s3:::logs" retention 30
            """) == [
            "invalid trail name 'a': expected 3 to 128 letters, digits, '.', '_' and '-', starting and ending with a letter or digit, no two punctuation marks in a row",
            "invalid S3 bucket name 'Bad_Bucket': expected 3 to 63 lowercase letters, digits, '.' and '-', starting and ending with a letter or digit",
            "invalid VPC id 'vpc-xyz': expected 'vpc-' and 8 or 17 lowercase hex digits",
            "invalid log group name '/flow logs': expected 1 to 512 letters, digits, '.', '_', '-', '/' and '#'",
            "invalid log retention '10': expected a number of days CloudWatch Logs accepts",
            "unknown flow log destination 'kinesis': expected cloudwatch or s3",
            "invalid S3 destination 'arn:aws-cn:s3:::logs': expected 'arn:aws:s3:::BUCKET' or 'arn:aws:s3:::BUCKET/PREFIX'",
            "'retention' applies to CloudWatch Logs only: an S3 bucket's lifecycle rules decide how long flow logs stay",
        ])
    }

    @Test func duplicatesPointAtTheFirstDeclaration() {
        let diagnostics = Compiler.check(Self.source("""
            trail audit bucket "logs-bucket"
            trail audit bucket "other-bucket"
            flow-logs "vpc-12345678" to s3 "arn:aws:s3:::flow-logs"
            flow-logs "vpc-12345678" to s3 "arn:aws:s3:::flow-logs"
            """)).diagnostics
        #expect(diagnostics.map(\.message) == ["duplicate trail 'audit'",
                                               "duplicate flow logs of 'vpc-12345678' to the same destination"])
        #expect(diagnostics.allSatisfy { $0.notes.first?.message == "first declared here" })
    }

    @Test func aKeyInAnotherRegionIsReported() {
        let diagnostics = Compiler.check(Self.source(
            #"trail audit bucket "logs-bucket" kms "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012""#
        )).diagnostics
        #expect(diagnostics.map(\.message).contains("KMS key is in region 'us-east-1', but what it encrypts is in 'eu-west-1'"))
    }

    @Test func s3FlowLogsNeedNoRoleAndCloudWatchOnesGetTheirGroupAndRole() throws {
        let result = Compiler.build(Self.source("""
            flow-logs "vpc-12345678" to s3 "arn:aws:s3:::flow-logs/prod"
            flow-logs "vpc-12345678" to cloudwatch "/vpc/prod" retention 30
            """))
        let template = try #require(result.artifacts?.cloudFormationTemplates.first { $0.name == "monitoring" })
        let resources = try #require(template.document["Resources"]?.entries)
        #expect(resources.map(\.key) == [
            "FlowLogVpc12345678CloudwatchVpcProd", "FlowLogVpc12345678CloudwatchVpcProdGroup",
            "FlowLogVpc12345678CloudwatchVpcProdRole", "FlowLogVpc12345678S3ArnAwsS3FlowLogsProd",
        ])
        #expect(template.capability == "CAPABILITY_IAM")
        let s3 = resources[3].value["Properties"]
        #expect(s3?["LogDestination"] == .string("arn:aws:s3:::flow-logs/prod"))
        #expect(s3?["DeliverLogsPermissionArn"] == nil)
        #expect(resources[1].value["Properties"]?["RetentionInDays"] == .int(30))
        let trust = resources[2].value["Properties"]?["AssumeRolePolicyDocument"]?["Statement"]?.listValue?.first
        #expect(trust?["Principal"] == .map(["Service": .string("vpc-flow-logs.amazonaws.com")]))
        #expect(trust?["Condition"] == .map(["StringEquals": .map(["aws:SourceAccount": .string("123456789012")])]))
    }
}
