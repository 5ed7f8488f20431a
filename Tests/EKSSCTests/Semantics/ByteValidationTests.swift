import Testing
@testable import EKSSC

/// The validators decide the common case on UTF-8 bytes (issue 13). These pin the cases where
/// bytes and characters could part: non-ASCII text, combining marks after an ASCII character,
/// `\r\n` (one character), and lengths at the limits counted in characters, not bytes.
@Suite struct ByteValidationTests {
    @Test(arguments: ["a", "a-b", "a.b", "a1.b2.c3", String(repeating: "a", count: 63) + ".b",
                      String(repeating: "a.", count: 126) + "a"])
    func subdomainsAccepted(_ text: String) {
        #expect(KubernetesNames.subdomain(text) == .success(text))
    }

    @Test(arguments: ["", ".", "a.", ".a", "a..b", "-a", "a-", "a.-b", "a-.b", "A", "a_b", "é", "e\u{301}",
                      "a\r\nb", "a\u{301}.b", String(repeating: "a", count: 64) + ".b"])
    func subdomainsRefused(_ text: String) {
        #expect(KubernetesNames.subdomain(text).failure?.message
            == "invalid name '\(text)': expected lowercase letters, digits, '-' and '.', starting and ending with a letter or digit")
    }

    /// 254 bytes but 127 characters: the length limit counts characters, so this fails on its
    /// letters, not its length; 254 ASCII characters fail on the length.
    @Test func subdomainLengthCountsCharacters() {
        let accented = String(repeating: "é", count: 127)
        #expect(accented.utf8.count == 254)
        #expect(KubernetesNames.subdomain(accented).failure?.message.hasPrefix("invalid name") == true)
        let long = String(repeating: "a", count: 254)
        #expect(KubernetesNames.subdomain(long).failure?.message == "name '\(long)' is longer than 253 characters")
        #expect(KubernetesNames.label(String(repeating: "é", count: 32)).failure?.message.hasPrefix("invalid name") == true)
    }

    @Test func serviceAccountPartsMayBeLongerThanALabel() {
        let text = String(repeating: "a", count: 100) + ".b"
        #expect(KubernetesNames.serviceAccountName(text) == .success(text))
        #expect(KubernetesNames.serviceAccountName("a..b").failure != nil)
        #expect(KubernetesNames.serviceAccountName("web-").failure != nil)
        #expect(KubernetesNames.serviceAccountName("wéb").failure != nil)
    }

    @Test func secretKeys() {
        for text in ["password", "tls.crt", "a_b-c.d", ".hidden", "..."] {
            #expect(KubernetesNames.secretKey(text) == .success(text))
        }
        for text in ["", ".", "..", "a/b", "pässword", "a b", "a\r\nb", String(repeating: "a", count: 254)] {
            #expect(KubernetesNames.secretKey(text).failure?.message
                == "invalid secret key '\(text)': expected letters, digits, '-', '_' or '.'")
        }
    }

    /// Level rules of remote keys on the byte path: `.`, `..` and empty levels are refused
    /// except a leading and a trailing `/`; `...` is a name.
    @Test func remoteKeyLevels() {
        for text in ["a", "/a", "a/", "/", "a/.../b", ".a/b.", "a/b/c"] {
            #expect(RemoteKeys.key(text) == .success(text), "\(text)")
        }
        for text in ["//", "a//b", "./a", "/./a", "a/.", "a/./", "../a", "a/../", "/a//"] {
            #expect(RemoteKeys.key(text).failure?.message == "remote key '\(text)' has an empty, '.' or '..' level",
                    "\(text)")
        }
        #expect(RemoteKeys.key("prod/dé").failure?.message
            == "invalid character 'é' in remote key 'prod/dé': expected letters, digits and '/_+=.@-'")
    }

    @Test func policyResources() {
        for text in ["*", "arn:aws:s3:::bucket/*", "arn:*:s3:::b", "arn:aw?:sqs:us-west-2:123456789012:q",
                     "arn:aws-cn:s3:::b", "arn:aws:s3:::a:b:c"] {
            #expect(ARNValidator.policyResource(text) == .success(text), "\(text)")
        }
        #expect(ARNValidator.policyResource("arn:aws:s3:::").failure?.message
            == "invalid resource 'arn:aws:s3:::': the service and the resource must not be empty")
        #expect(ARNValidator.policyResource("arn:awz:s3:::b").failure?.message
            == "invalid resource 'arn:awz:s3:::b': unknown partition 'awz', expected aws, aws-cn or aws-us-gov")
        #expect(ARNValidator.policyResource("arn:aws:s3::b").failure != nil)
        // Non-ASCII text takes the character path, and is judged the same way.
        #expect(ARNValidator.policyResource("arn:aws:s3:::bücket/*") == .success("arn:aws:s3:::bücket/*"))
    }

    @Test func iamPrincipalNames() {
        #expect(ARNValidator.iamRole("arn:aws:iam::123456789012:role/path/to/ops+admin@x").value != nil)
        for text in ["arn:aws:iam::123456789012:role/", "arn:aws:iam::123456789012:role/ops/",
                     "arn:aws:iam::123456789012:role/öps", "arn:aws:iam::123456789012:role/a b"] {
            #expect(ARNValidator.iamRole(text).failure?.message == "invalid IAM role name in '\(text)'", "\(text)")
        }
        #expect(ARNValidator.managedPolicy("arn:aws:iam::123456789012:role/x").failure?.message
            == "expected an IAM policy ARN 'arn:<partition>:iam::(aws|<account>):policy/[path/]name', "
            + "got 'arn:aws:iam::123456789012:role/x'")
    }

    /// The inline-policy bound is never below the size measured on the built document, escapes
    /// and conditions included, so a policy it lets through is within the limit.
    @Test func inlinePolicyBoundIsAnUpperBound() {
        let texts = ["s3:GetObject", "arn:aws:s3:::b/\u{1}\"\\", "日本", "tab\there", String(repeating: "x", count: 300)]
        var statements: [PermissionStatement] = []
        for index in 0..<12 {
            let conditions = index % 3 == 0
                ? [PolicyCondition(operator: "StringEquals", key: "aws:Tag\(index)", values: Array(texts.prefix(index % 5 + 1)))]
                : []
            statements.append(PermissionStatement(
                sidBase: index % 4 == 0 ? "Read\u{7F}" : nil, effect: index % 2 == 0 ? .allow : .deny,
                actions: Array(texts.prefix(index % 5 + 1)), resources: Array(texts.suffix(index % 4 + 1)),
                conditions: conditions))
            let size = IAMPolicySize.characterCount(PermissionStatement.policy(statements)!)
            #expect(IAMRoleLimitCheck.inlinePolicyBound(statements) >= size)
        }
    }
}
