import Testing
@testable import EKSSC

@Suite struct ARNValidatorTests {
    @Test func parsesTheParts() {
        let arn = ARNValidator.arn("arn:aws-cn:s3:::bucket/key:with:colons").value
        #expect(arn == ARN(partition: .awsCN, service: "s3", region: "", account: "", resource: "bucket/key:with:colons"))
    }

    @Test(arguments: [
        ("arn:aws:s3", "invalid ARN 'arn:aws:s3': expected 'arn:<partition>:<service>:<region>:<account>:<resource>'"),
        ("arm:aws:s3:::b", "invalid ARN 'arm:aws:s3:::b': expected 'arn:<partition>:<service>:<region>:<account>:<resource>'"),
        ("arn:awz:s3:::b", "invalid ARN 'arn:awz:s3:::b': unknown partition 'awz', expected aws, aws-cn or aws-us-gov"),
        ("arn:aws:S3:::b", "invalid ARN 'arn:aws:S3:::b': the service must be lowercase letters, digits and '-'"),
        ("arn:aws:s3:::", "invalid ARN 'arn:aws:s3:::': the resource is empty"),
    ])
    func invalidARNs(_ text: String, message: String) {
        #expect(ARNValidator.arn(text).failure?.message == message)
    }

    @Test func partitionTypoGetsAHint() {
        #expect(ARNValidator.arn("arn:aws-cm:s3:::b").failure?.hint == "did you mean 'aws-cn'?")
    }

    @Test(arguments: [
        "arn:aws:kms:us-west-2:123456789012:key/12345678-1234-1234-1234-123456789012",
        "arn:aws:kms:us-east-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab",
        "arn:aws-cn:kms:cn-north-1:123456789012:key/12345678-1234-1234-1234-123456789012",
    ])
    func validKMSKeys(_ text: String) {
        #expect(ARNValidator.kmsKey(text).value?.description == text)
    }

    @Test(arguments: [
        ("arn:aws:kms:us-west-2:123456789012:alias/my-key",
         "expected a KMS key ARN (key/<id>), got an alias 'arn:aws:kms:us-west-2:123456789012:alias/my-key'"),
        ("arn:aws:s3:::bucket", "expected a KMS key ARN, got a 's3' ARN 'arn:aws:s3:::bucket'"),
        ("arn:aws:kms:us-west-2:123456789012:key/", "expected a KMS key ARN (key/<id>), got 'arn:aws:kms:us-west-2:123456789012:key/'"),
        ("arn:aws:kms:us-west-2:1234:key/abc", "invalid AWS account '1234': expected exactly 12 digits"),
        ("arn:aws:kms:uswest:123456789012:key/abc", "unknown region 'uswest': expected an AWS region such as 'us-west-2'"),
    ])
    func invalidKMSKeys(_ text: String, message: String) {
        #expect(ARNValidator.kmsKey(text).failure?.message == message)
    }

    @Test(arguments: ["arn:aws:iam::123456789012:user/john", "arn:aws:iam::123456789012:user/team/a/jane.doe@x"])
    func validUsers(_ text: String) {
        #expect(ARNValidator.iamUser(text).value?.description == text)
    }

    @Test(arguments: [
        ("arn:aws:iam::123456789012:role/john",
         "expected an IAM user ARN 'arn:<partition>:iam::<account>:user/[path/]name', got 'arn:aws:iam::123456789012:role/john'"),
        ("arn:aws:iam:us-west-2:123456789012:user/john",
         "expected an IAM user ARN 'arn:<partition>:iam::<account>:user/[path/]name', got 'arn:aws:iam:us-west-2:123456789012:user/john'"),
        ("arn:aws:iam::aws:user/john", "invalid account 'aws' in 'arn:aws:iam::aws:user/john': expected exactly 12 digits"),
        ("arn:aws:iam::123456789012:user/", "invalid IAM user name in 'arn:aws:iam::123456789012:user/'"),
    ])
    func invalidUsers(_ text: String, message: String) {
        #expect(ARNValidator.iamUser(text).failure?.message == message)
    }

    @Test(arguments: ["arn:aws:iam::123456789012:role/eks-admin", "arn:aws-us-gov:iam::123456789012:role/path/to/node"])
    func validRoles(_ text: String) {
        #expect(ARNValidator.iamRole(text).value?.description == text)
    }

    @Test(arguments: [
        "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess", "arn:aws:iam::123456789012:policy/team/Boundary",
        "arn:aws:iam::aws:policy/service-role/AmazonEKSClusterPolicy",
    ])
    func validManagedPolicies(_ text: String) {
        #expect(ARNValidator.managedPolicy(text).value?.description == text)
    }

    @Test func managedPolicyMustBeAPolicy() {
        #expect(ARNValidator.managedPolicy("arn:aws:iam::aws:role/x").failure?.message
            == "expected an IAM policy ARN 'arn:<partition>:iam::(aws|<account>):policy/[path/]name', got 'arn:aws:iam::aws:role/x'")
    }

    @Test(arguments: ["*", "arn:aws:s3:::my-bucket/uploads/*", "arn:*:s3:::b", "arn:aws:dynamodb:*:*:table/t?"])
    func validPolicyResources(_ text: String) {
        #expect(ARNValidator.policyResource(text) == .success(text))
    }

    @Test(arguments: [
        ("my-bucket", "invalid resource 'my-bucket': expected '*' or an ARN 'arn:<partition>:<service>:<region>:<account>:<resource>'"),
        ("arn:azure:s3:::b", "invalid resource 'arn:azure:s3:::b': unknown partition 'azure', expected aws, aws-cn or aws-us-gov"),
        ("arn:aws::::b", "invalid resource 'arn:aws::::b': the service and the resource must not be empty"),
    ])
    func invalidPolicyResources(_ text: String, message: String) {
        #expect(ARNValidator.policyResource(text).failure?.message == message)
    }
}
