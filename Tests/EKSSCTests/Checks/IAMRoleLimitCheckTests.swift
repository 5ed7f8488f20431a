import Testing
@testable import EKSSC

@Suite struct IAMRoleLimitCheckTests {
    static let roleRange = SourceRange(start: 10, end: 20)

    static func model(managed: Int = 0, statements: [PolicyStatement] = [], issuer: String = IdentityModels.issuer)
        -> SecurityModel {
        let role = IAMRoleSpec(explicitName: "big",
                               managedPolicies: (0..<managed).map { "arn:aws:iam::aws:policy/P\($0 + 1)" },
                               statements: statements, range: roleRange)
        return SecurityModel(cluster: IdentityModels.cluster(issuer: issuer), apps: [IdentityModels.app("web", role: role)])
    }

    @Test func tenManagedPoliciesAreFine() {
        #expect(IAMRoleLimitCheck().diagnostics(for: Self.model(managed: 10)).isEmpty)
    }

    @Test func elevenManagedPoliciesNeedAQuotaIncrease() {
        let diagnostics = IAMRoleLimitCheck().diagnostics(for: Self.model(managed: 11))
        #expect(diagnostics == [Diagnostic(
            id: "iam.too-many-managed-policies", severity: .error,
            message: "role 'big' attaches 11 managed policies (the default quota is 10; up to 20 with a quota increase)",
            range: Self.roleRange)])
    }

    @Test func twentyOneManagedPoliciesAreOverTheHardLimit() {
        let diagnostics = IAMRoleLimitCheck().diagnostics(for: Self.model(managed: 21))
        #expect(diagnostics.map(\.message) == ["role 'big' attaches 21 managed policies; IAM allows at most 20"])
        #expect(diagnostics.map(\.id) == ["iam.too-many-managed-policies"])
    }

    @Test func inlinePolicyOverTheLimit() {
        // 90 statements of about 120 characters each exceed 10,240.
        let statements = (1...90).map { index in
            PolicyStatement(effect: .allow, actions: ["s3:GetObject"],
                            resources: ["arn:aws:s3:::bucket-\(1000 + index)/data/objects/*"])
        }
        let policy = IAMPolicyDocument.permissionPolicy(statements)!
        let size = IAMPolicySize.characterCount(policy)
        #expect(size > 10_240)
        let diagnostics = IAMRoleLimitCheck().diagnostics(for: Self.model(statements: statements))
        #expect(diagnostics.map(\.id) == ["iam.inline-policy-too-large"])
        #expect(diagnostics.map(\.message) == ["inline policy of role 'big' has \(size) characters; IAM allows at most 10240"])
        #expect(diagnostics.map(\.range) == [Self.roleRange])
    }

    @Test func inlinePolicyJustUnderTheLimitIsFine() {
        let statements = (1...80).map { index in
            PolicyStatement(effect: .allow, actions: ["s3:GetObject"], resources: ["arn:aws:s3:::b\(index)/*"])
        }
        #expect(IAMPolicySize.characterCount(IAMPolicyDocument.permissionPolicy(statements)!) <= 10_240)
        #expect(IAMRoleLimitCheck().diagnostics(for: Self.model(statements: statements)).isEmpty)
    }

    @Test func trustPolicyOverTheLimit() {
        let issuer = "https://oidc.eks.us-west-2.amazonaws.com/id/" + String(repeating: "A", count: 600)
        let diagnostics = IAMRoleLimitCheck().diagnostics(for: Self.model(issuer: issuer))
        let trust = IAMPolicyDocument.irsaTrustPolicy(cluster: IdentityModels.cluster(issuer: issuer),
                                                      namespace: "default", serviceAccount: .exact("web"))
        let size = IAMPolicySize.characterCount(trust)
        #expect(size == 2_176)
        #expect(diagnostics.map(\.id) == ["iam.trust-policy-too-large"])
        #expect(diagnostics.map(\.message) == ["trust policy of role 'big' has 2176 characters; IAM allows at most 2048"])
    }

    @Test func sizeCountsMinifiedJSONWithoutWhiteSpace() {
        let document = Document.map(["a b": .strings(["x", "y z"]), "n": .int(12), "t": .bool(true)])
        // {"ab":["x","yz"],"n":12,"t":true}
        #expect(IAMPolicySize.characterCount(document) == 33)
        // "q\"\\\n" counts its quotes, q, and three two-character escapes; spaces count nothing
        #expect(IAMPolicySize.quotedCount("q\"\\\n") == 9)
        #expect(IAMPolicySize.quotedCount("é ü") == 4)
    }

    /// The count follows the emitter's escaping, so what is measured is what is written: DEL, C1
    /// controls and U+2028 are written as `\uXXXX` (6 characters each).
    @Test(arguments: ["\u{7F}", "\u{85}", "a\u{2028}b", "\u{FFFE}", "\u{1}", "tab\there", "日本"])
    func sizeCountsTheEmittedEscapes(_ text: String) {
        let written = JSONEmitter.render(.string(text)).dropLast()   // the trailing newline
        #expect(IAMPolicySize.quotedCount(text) == written.filter { $0 != " " }.count)
    }

    @Test func sameNameWithDifferentTrustIsAnError() {
        let first = SourceRange(start: 1, end: 5)
        let second = SourceRange(start: 30, end: 40)
        let model = SecurityModel(cluster: IdentityModels.cluster(), apps: [
            IdentityModels.app("api", role: IAMRoleSpec(explicitName: "shared", range: first)),
            IdentityModels.app("worker", role: IAMRoleSpec(explicitName: "shared", range: second)),
        ])
        let output = IAMRolePass().run(model)
        #expect(output.iamRoles.map(\.serviceAccount) == [ServiceAccountRef(namespace: "default", name: "api")])
        #expect(IAMRoleLimitCheck().diagnostics(for: model) == [Diagnostic(
            id: "iam.conflicting-role", severity: .error,
            message: "role 'shared' of app 'default/worker' is already declared by app 'default/api' with a different trust policy",
            range: second, notes: [DiagnosticNote("role 'shared' of app 'default/api'", at: first)],
            hint: "give one of them its own role name with 'iam-role NAME'")])
    }

    @Test func sameNameWithDifferentBoundaryIsAnError() {
        let model = SecurityModel(cluster: IdentityModels.cluster(), apps: [
            IdentityModels.app("api", serviceAccount: .exact("shared"), role: IAMRoleSpec()),
            IdentityModels.app("worker", serviceAccount: .exact("shared"),
                               role: IAMRoleSpec(permissionsBoundary: "arn:aws:iam::123456789012:policy/b")),
        ])
        #expect(IAMRoleLimitCheck().diagnostics(for: model).map(\.message) == [
            "role 'my-cluster-default-shared' of app 'default/worker' is already declared by app 'default/api' "
                + "with a different permissions boundary",
        ])
    }

    @Test func appsSharingAServiceAccountShareOneRoleWithTheUnionOfPermissions() throws {
        let read = PolicyStatement(effect: .allow, actions: ["s3:GetObject"], resources: ["arn:aws:s3:::b/*"])
        let write = PolicyStatement(effect: .allow, actions: ["s3:PutObject"], resources: ["arn:aws:s3:::b/*"])
        let model = SecurityModel(cluster: IdentityModels.cluster(), apps: [
            IdentityModels.app("api", serviceAccount: .exact("shared"),
                               role: IAMRoleSpec(managedPolicies: ["arn:aws:iam::aws:policy/B"], statements: [read])),
            IdentityModels.app("worker", serviceAccount: .exact("shared"),
                               role: IAMRoleSpec(managedPolicies: ["arn:aws:iam::aws:policy/A"], statements: [read, write])),
        ])
        let output = IAMRolePass().run(model)
        #expect(IAMRoleLimitCheck().diagnostics(for: model).isEmpty)
        try #require(output.iamRoles.count == 1)
        #expect(output.iamRoles[0].managedPolicyARNs == ["arn:aws:iam::aws:policy/A", "arn:aws:iam::aws:policy/B"])
        #expect(IdentityTestJSON.compact(output.iamRoles[0].permissionPolicy) == """
            {"Version":"2012-10-17","Statement":[\
            {"Sid":"Statement1","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"},\
            {"Sid":"Statement2","Effect":"Allow","Action":"s3:PutObject","Resource":"arn:aws:s3:::b/*"}]}
            """)
    }

    @Test func managedPoliciesOfMergedRolesCountTogether() {
        let model = SecurityModel(cluster: IdentityModels.cluster(), apps: [
            IdentityModels.app("api", serviceAccount: .exact("shared"),
                               role: IAMRoleSpec(managedPolicies: (1...6).map { "arn:aws:iam::aws:policy/A\($0)" })),
            IdentityModels.app("worker", serviceAccount: .exact("shared"),
                               role: IAMRoleSpec(managedPolicies: (1...6).map { "arn:aws:iam::aws:policy/B\($0)" })),
        ])
        #expect(IAMRoleLimitCheck().diagnostics(for: model).map(\.id) == ["iam.too-many-managed-policies"])
    }
}
