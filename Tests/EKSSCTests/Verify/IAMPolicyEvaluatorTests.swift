import Testing
@testable import EKSSC

/// The IAM evaluator against hand-written policies with hand-computed answers.
@Suite struct IAMPolicyEvaluatorTests {
    static let host = "oidc.eks.us-west-2.amazonaws.com/id/ABC"
    static let provider = "arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/ABC"

    func policy(_ json: String) throws -> IAMPolicyEvaluator {
        try IAMPolicyEvaluator(try #require(try YAMLReader.read(Array(json.utf8)).first), path: "test.json")
    }

    func call(_ p: IAMPolicyEvaluator, _ action: String, _ resource: String) -> IAMPolicyEvaluator.Decision {
        p.evaluate(.init(principal: nil, action: action, resource: resource, context: [:]))
    }

    func assume(_ p: IAMPolicyEvaluator, sub: String, aud: String?) -> IAMPolicyEvaluator.Decision {
        var context = ["\(Self.host):sub": sub]
        if let aud { context["\(Self.host):aud"] = aud }
        return p.evaluate(.init(principal: ("Federated", Self.provider), action: "sts:AssumeRoleWithWebIdentity",
                                resource: nil, context: context, knownKeyPrefixes: [Self.host + ":"]))
    }

    @Test func explicitDenyOverridesAllow() throws {
        let p = try policy("""
            {"Version": "2012-10-17", "Statement": [
              {"Effect": "Allow", "Action": "s3:*", "Resource": "*"},
              {"Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "arn:aws:s3:::logs/*"}]}
            """)
        #expect(call(p, "s3:GetObject", "arn:aws:s3:::logs/a") == .allow)
        #expect(call(p, "s3:DeleteObject", "arn:aws:s3:::logs/a") == .explicitDeny)
        #expect(call(p, "s3:DeleteObject", "arn:aws:s3:::data/a") == .allow)
        #expect(call(p, "sqs:SendMessage", "arn:aws:sqs:us-west-2:1:q") == .implicitDeny)
    }

    @Test func wildcards() throws {
        let p = try policy("""
            {"Statement": {"Effect": "Allow", "Action": ["secretsmanager:Get*"],
             "Resource": "arn:aws:secretsmanager:us-west-2:1:secret:prod/db-??????"}}
            """)
        #expect(call(p, "secretsmanager:GetSecretValue", "arn:aws:secretsmanager:us-west-2:1:secret:prod/db-AbC123") == .allow)
        #expect(call(p, "SecretsManager:getsecretvalue", "arn:aws:secretsmanager:us-west-2:1:secret:prod/db-AbC123") == .allow)
        // `?` is exactly one character: a longer suffix is another secret (prod/db-admin-AbC123).
        #expect(call(p, "secretsmanager:GetSecretValue", "arn:aws:secretsmanager:us-west-2:1:secret:prod/db-admin-AbC123")
            == .implicitDeny)
        #expect(call(p, "secretsmanager:PutSecretValue", "arn:aws:secretsmanager:us-west-2:1:secret:prod/db-AbC123")
            == .implicitDeny)
        #expect(IAMPolicyEvaluator.glob("a*b*c", matches: "aXXbYc", ignoringCase: false))
        #expect(!IAMPolicyEvaluator.glob("a*b*c", matches: "aXXbY", ignoringCase: false))
        #expect(IAMPolicyEvaluator.glob("*", matches: "", ignoringCase: false))
    }

    @Test func stringLikeVersusStringEquals() throws {
        let equals = try policy("""
            {"Statement": [{"Effect": "Allow", "Principal": {"Federated": "\(Self.provider)"},
              "Action": "sts:AssumeRoleWithWebIdentity",
              "Condition": {"StringEquals": {"\(Self.host):sub": "system:serviceaccount:jobs:batch-*",
                                             "\(Self.host):aud": "sts.amazonaws.com"}}}]}
            """)
        let like = try policy("""
            {"Statement": [{"Effect": "Allow", "Principal": {"Federated": "\(Self.provider)"},
              "Action": "sts:AssumeRoleWithWebIdentity",
              "Condition": {"StringLike": {"\(Self.host):sub": "system:serviceaccount:jobs:batch-*"},
                            "StringEquals": {"\(Self.host):aud": "sts.amazonaws.com"}}}]}
            """)
        // StringEquals takes `*` literally.
        #expect(assume(equals, sub: "system:serviceaccount:jobs:batch-1", aud: "sts.amazonaws.com") == .implicitDeny)
        #expect(assume(equals, sub: "system:serviceaccount:jobs:batch-*", aud: "sts.amazonaws.com") == .allow)
        #expect(assume(like, sub: "system:serviceaccount:jobs:batch-1", aud: "sts.amazonaws.com") == .allow)
        #expect(assume(like, sub: "system:serviceaccount:other:batch-1", aud: "sts.amazonaws.com") == .implicitDeny)
    }

    @Test func missingAudience() throws {
        let pinned = try policy("""
            {"Statement": [{"Effect": "Allow", "Principal": {"Federated": "\(Self.provider)"},
              "Action": "sts:AssumeRoleWithWebIdentity",
              "Condition": {"StringEquals": {"\(Self.host):sub": "system:serviceaccount:a:b",
                                             "\(Self.host):aud": "sts.amazonaws.com"}}}]}
            """)
        let subOnly = try policy("""
            {"Statement": [{"Effect": "Allow", "Principal": {"Federated": "\(Self.provider)"},
              "Action": "sts:AssumeRoleWithWebIdentity",
              "Condition": {"StringEquals": {"\(Self.host):sub": "system:serviceaccount:a:b"}}}]}
            """)
        // A token without `aud` fails a policy that pins it; a policy that does not pin it takes any audience.
        #expect(assume(pinned, sub: "system:serviceaccount:a:b", aud: nil) == .implicitDeny)
        #expect(assume(pinned, sub: "system:serviceaccount:a:b", aud: "other") == .implicitDeny)
        #expect(assume(subOnly, sub: "system:serviceaccount:a:b", aud: "other") == .allow)
        // The wrong principal or action never matches.
        #expect(subOnly.evaluate(.init(principal: ("Service", "pods.eks.amazonaws.com"), action: "sts:AssumeRole",
                                       resource: nil, context: [:])) == .implicitDeny)
    }

    @Test func unknownConditionKeyMayAllow() throws {
        let p = try policy("""
            {"Statement": [{"Effect": "Allow", "Action": "sqs:ReceiveMessage", "Resource": "*",
              "Condition": {"StringEquals": {"aws:SourceVpce": "vpce-1"}}}]}
            """)
        #expect(call(p, "sqs:ReceiveMessage", "arn:aws:sqs:us-west-2:1:q") == .mayAllow(keys: ["aws:SourceVpce"]))
        #expect(p.evaluate(.init(principal: nil, action: "sqs:ReceiveMessage", resource: "x",
                                 context: ["aws:SourceVpce": "vpce-2"])) == .implicitDeny)
        #expect(IAMPolicyEvaluator.test("StringNotEquals", nil, ["x"]) == true)
        #expect(IAMPolicyEvaluator.test("NumericLessThan", "1", ["2"]) == nil)
    }

    /// A pattern without `*` or `?` matches exactly the text with the same Unicode scalars (the
    /// shortcut must answer as the matcher: no canonical equivalence, case only when asked).
    @Test func patternWithoutWildcardsIsExact() {
        #expect(IAMPolicyEvaluator.glob("arn:aws:s3:::b", matches: "arn:aws:s3:::b", ignoringCase: false))
        #expect(!IAMPolicyEvaluator.glob("arn:aws:s3:::b", matches: "arn:aws:s3:::bc", ignoringCase: false))
        #expect(!IAMPolicyEvaluator.glob("arn:aws:s3:::bc", matches: "arn:aws:s3:::b", ignoringCase: false))
        #expect(!IAMPolicyEvaluator.glob("", matches: "a", ignoringCase: false))
        #expect(IAMPolicyEvaluator.glob("", matches: "", ignoringCase: false))
        #expect(!IAMPolicyEvaluator.glob("S3:GetObject", matches: "s3:GetObject", ignoringCase: false))
        #expect(IAMPolicyEvaluator.glob("S3:GetObject", matches: "s3:getobject", ignoringCase: true))
        // U+00E9 against e + U+0301: equal as Swift strings, different scalars: no match.
        #expect(!IAMPolicyEvaluator.glob("caf\u{E9}", matches: "cafe\u{301}", ignoringCase: false))
        #expect(!IAMPolicyEvaluator.glob("caf?", matches: "cafe\u{301}", ignoringCase: false))
        #expect(IAMPolicyEvaluator.glob("caf??", matches: "cafe\u{301}", ignoringCase: false))
    }

    /// The fixed beginning of every Allow's resources (what `ekssc verify` indexes permission
    /// policies by): up to the first `*` or `?`, the whole pattern without one, "" without a
    /// Resource; the same for ASCII and for other text.
    @Test func allowedResourcePrefixes() throws {
        let p = try policy("""
            {"Version": "2012-10-17", "Statement": [
              {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"},
              {"Effect": "Allow", "Action": "s3:GetObject", "Resource": ["arn:aws:s3:::c?d", "arn:aws:s3:::plain", "*"]},
              {"Effect": "Deny", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::denied/*"},
              {"Effect": "Allow", "Action": "s3:ListBucket"},
              {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::café/x*y"}
            ]}
            """)
        #expect(p.allowedResourcePrefixes == ["arn:aws:s3:::b/", "arn:aws:s3:::c", "arn:aws:s3:::plain", "", "",
                                              "arn:aws:s3:::caf\u{E9}/x"])
    }

    /// The case-insensitive comparisons on bytes agree with comparing `lowercased()` texts,
    /// also where they leave the bytes (non-ASCII, carriage returns).
    @Test func caseInsensitiveComparisonsAgreeWithLowercasing() {
        var random = SplitMix64(seed: 0x1A_4CA5E)
        let pieces = ["a", "A", "s", "S", "ts:", "*", "?", "\r", "\n", "\r\n", "É", "é", "ß", "İ", "oidc.eks/ID:sub", "K", "\u{212A}"]
        func text() -> String { (0..<random.next(6)).map { _ in pieces[random.next(pieces.count)] }.joined() }
        for _ in 0..<3000 {
            let (a, b) = (text(), text())
            #expect(IAMPolicyEvaluator.equalIgnoringCase(a, b) == (a.lowercased() == b.lowercased()), "\(a) \(b)")
            #expect(IAMPolicyEvaluator.hasPrefixIgnoringCase(a + b, a) == (a + b).lowercased().hasPrefix(a.lowercased()))
            #expect(IAMPolicyEvaluator.hasPrefixIgnoringCase(a, b) == a.lowercased().hasPrefix(b.lowercased()), "\(a) \(b)")
            #expect(IAMPolicyEvaluator.lowercased(a, hasSuffix: b) == a.lowercased().hasSuffix(b), "\(a) \(b)")
            #expect(IAMPolicyEvaluator.lowercased(b + a, hasSuffix: a) == (b + a).lowercased().hasSuffix(a), "\(a) \(b)")
            let lowered = IAMPolicyEvaluator.glob(a.lowercased(), matches: b.lowercased(), ignoringCase: false)
            #expect(IAMPolicyEvaluator.glob(a, matches: b, ignoringCase: true) == lowered, "\(a) \(b)")
        }
        #expect(IAMPolicyEvaluator.glob("STS:Assume*", matches: "sts:AssumeRoleWithWebIdentity", ignoringCase: true))
        #expect(!IAMPolicyEvaluator.glob("sts:AssumeRole", matches: "sts:AssumeRoleWithWebIdentity", ignoringCase: true))
    }
}
