import Testing
@testable import EKSSC

@Suite struct IAMPolicyValidatorTests {
    @Test(arguments: ["*", "s3:GetObject", "s3:Get*", "ec2:Describe?nstances", "secretsmanager:*", "elastic-inference:Connect"])
    func validActions(_ text: String) {
        #expect(IAMPolicyValidators.action(text) == .success(text))
    }

    @Test(arguments: ["GetObject", "S3:GetObject", "s3:", ":Get", "s3:Get-Object", "s3:a:b", ""])
    func invalidActions(_ text: String) {
        #expect(IAMPolicyValidators.action(text).failure?.message
            == "invalid IAM action '\(text)': expected 'service:Action' such as 's3:GetObject', or '*'")
    }

    @Test(arguments: [
        "StringEquals", "StringLikeIfExists", "ForAllValues:StringLike", "ForAnyValue:StringEqualsIgnoreCase",
        "Null", "ArnLike", "IpAddress", "Bool", "NumericLessThanEquals", "DateGreaterThan",
    ])
    func validOperators(_ text: String) {
        #expect(IAMPolicyValidators.conditionOperator(text) == .success(text))
    }

    @Test(arguments: [
        ("StringEqual", "did you mean 'StringEquals'?"), ("NullIfExists", nil), ("ForSomeValues:StringLike", nil),
        ("stringequals", "did you mean 'StringEquals'?"),
    ] as [(String, String?)])
    func invalidOperators(_ text: String, hint: String?) {
        let failure = IAMPolicyValidators.conditionOperator(text).failure
        #expect(failure?.message == "unknown IAM condition operator '\(text)'")
        #expect(failure?.hint == hint)
    }

    @Test(arguments: ["AmazonEKSClusterAdminPolicy", "AmazonEKSAdminPolicy", "AmazonEKSEditPolicy",
                      "AmazonEKSViewPolicy", "AmazonEKSAdminViewPolicy"])
    func validAccessPolicies(_ text: String) {
        #expect(IAMPolicyValidators.accessPolicy(text) == .success(text))
    }

    @Test(arguments: [("AmazonEKSViewPolcy", "did you mean 'AmazonEKSViewPolicy'?"), ("AdminPolicy", nil),
                      ("AmazonEKSPolicy", "did you mean 'AmazonEKSEditPolicy'?")] as [(String, String?)])
    func invalidAccessPolicies(_ text: String, hint: String?) {
        let failure = IAMPolicyValidators.accessPolicy(text).failure
        #expect(failure?.message == "unknown EKS access policy '\(text)': expected a name such as 'AmazonEKSViewPolicy'")
        #expect(failure?.hint == hint)
    }
}
