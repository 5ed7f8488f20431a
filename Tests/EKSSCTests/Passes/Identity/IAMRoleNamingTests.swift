import Testing
@testable import EKSSC

@Suite struct IAMRoleNamingTests {
    @Test func explicitNameWins() {
        let name = IAMRoleNaming.roleName(explicit: "my-app-role", cluster: "prod", serviceAccount: .exact("sa"),
                                          namespace: "default")
        #expect(name == "my-app-role")
    }

    @Test func derivedNameIsClusterNamespaceServiceAccount() {
        let name = IAMRoleNaming.roleName(explicit: nil, cluster: "prod", serviceAccount: .exact("api"),
                                          namespace: "payments")
        #expect(name == "prod-payments-api")
    }

    @Test(arguments: [
        ("batch-*", "prod-jobs-batch"),
        ("worker-?", "prod-jobs-worker"),
        ("*-runner-*-x", "prod-jobs-runner-x"),
        ("*", "prod-jobs-any"),
        ("a.b_c@d", "prod-jobs-a.b_c@d"),
    ])
    func patternsAreNamedByTheirFixedPart(pattern: String, expected: String) {
        let name = IAMRoleNaming.roleName(explicit: nil, cluster: "prod", serviceAccount: .pattern(pattern),
                                          namespace: "jobs")
        #expect(name == expected)
    }

    @Test func exactly64CharactersAreKept() {
        let name = String(repeating: "a", count: 64)
        #expect(IAMRoleNaming.normalized(name) == name)
    }

    @Test func longNamesAreShortenedToExactly64WithAStableHash() {
        let long = "platform-cluster-" + String(repeating: "payments", count: 8) + "-worker"
        let name = IAMRoleNaming.normalized(long)
        #expect(name.count == 64)
        #expect(name == String(long.prefix(55)) + "-" + IAMRoleNaming.hexDigits(of: IAMRoleNaming.fnv1a64(long)))
        // Fixed value: the hash must not change between runs, processes or releases.
        #expect(name == "platform-cluster-paymentspaymentspaymentspaymentspaymen-2ee619dd")
        #expect(IAMRoleNaming.normalized(long) == name)
    }

    @Test func longNamesWithTheSamePrefixStayDistinct() {
        let base = String(repeating: "x", count: 70)
        let first = IAMRoleNaming.normalized(base + "-one")
        let second = IAMRoleNaming.normalized(base + "-two")
        #expect(first.count == 64 && second.count == 64)
        #expect(first != second)
    }

    @Test func fnv1aMatchesKnownVectors() {
        #expect(IAMRoleNaming.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
        #expect(IAMRoleNaming.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(IAMRoleNaming.hexDigits(of: 0xaf63_dc4c_0000_00ff) == "000000ff")
    }

    @Test func roleARNOfAppAndStore() {
        let cluster = IdentityModels.cluster()
        let app = IdentityModels.app("web", serviceAccount: .exact("web-sa"), role: IAMRoleSpec())
        #expect(IAMRoleNaming.roleARN(of: app, in: cluster) == "arn:aws:iam::123456789012:role/my-cluster-default-web-sa")
        #expect(IAMRoleNaming.roleARN(of: IdentityModels.app("plain"), in: cluster) == nil)
        let store = SecretStore(id: SecretStoreID(namespace: nil, name: "shared"), provider: .secretsManager,
                                region: "us-west-2", serviceAccount: ServiceAccountRef(namespace: "eso", name: "reader"))
        #expect(IAMRoleNaming.roleARN(of: store, in: cluster) == "arn:aws:iam::123456789012:role/my-cluster-eso-reader")
        var named = store
        named.explicitRoleName = "eso-reader-role"
        #expect(IAMRoleNaming.roleName(of: named, in: cluster) == "eso-reader-role")
    }
}
