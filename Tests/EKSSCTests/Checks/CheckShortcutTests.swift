import Testing
@testable import EKSSC

/// The model checks take shortcuts for large files (trust policies measured as they are built,
/// every store's reads gathered in one walk, path collisions found by grouping); each must give
/// what the direct way gives.
@Suite struct CheckShortcutTests {
    static func models() throws -> [SecurityModel] {
        try Examples.all.compactMap { try Compiler.check(try Examples.source($0)).model } + [handModel]
    }

    /// Names that need escaping in JSON, non-ASCII names, a pattern, Pod Identity, merged roles.
    static var handModel: SecurityModel {
        let role = IAMRoleSpec(explicitName: "shared", statements: [
            PolicyStatement(effect: .allow, actions: ["s3:GetObject", "sqs:SendMessage", "s3:PutObject", "sts:TagSession"],
                            resources: ["*"]),
            PolicyStatement(effect: .deny, actions: ["ec2:RunInstances"], resources: ["*"]),
            PolicyStatement(effect: .allow, actions: ["kms:Decrypt", "noservice", "dynamodb:GetItem"], resources: ["*"]),
        ])
        let store = SecretStoreID(namespace: "ns", name: "store")
        let secrets = [
            ExternalSecretSpec(name: "one", store: store, data: [
                SecretDataEntry(secretKey: "k", remoteKey: "b/key"), SecretDataEntry(secretKey: "l", remoteKey: "a/key"),
                SecretDataEntry(secretKey: "m", remoteKey: "b/key"),
            ], extracts: ["c/all", "a/key"], prefixes: ["p/"]),
            ExternalSecretSpec(name: "two", store: store, data: [SecretDataEntry(secretKey: "k", remoteKey: "a/key")],
                               prefixes: ["p/", "o/"]),
        ]
        return SecurityModel(cluster: IdentityModels.cluster(), apps: [
            IdentityModels.app("web", in: "ns", serviceAccount: .exact("we\"b\\ é"), role: role, secrets: secrets),
            IdentityModels.app("jobs", in: "ns", serviceAccount: .pattern("job-*"), role: IAMRoleSpec()),
            IdentityModels.app("pods", in: "ns", identity: .podIdentity, role: IAMRoleSpec(managedPolicies: ["b", "a"])),
            IdentityModels.app("also", in: "ns", serviceAccount: .exact("we\"b\\ é"), role: role),
        ], secretStores: [
            SecretStore(id: store, provider: .secretsManager, region: "us-west-2",
                        serviceAccount: ServiceAccountRef(namespace: "ns", name: "eso")),
        ])
    }

    @Test func trustPolicySizesAreTheMeasuredSizes() throws {
        for model in try Self.models() {
            let plan = IAMRolePlan(model)
            #expect(plan.trustPolicySizes == plan.roles.map { IAMPolicySize.characterCount($0.trustPolicy) })
        }
        let plan = IAMRolePlan(Self.handModel)
        #expect(plan.roles.map(\.roleName).contains("shared"))
        #expect(plan.roles.count == 4)
    }

    @Test(arguments: [ServiceAccountName.exact("web"), .exact("a\"b\\c\u{1}"), .exact("é ü"), .pattern("web-*"), .pattern("?")])
    func irsaTrustPolicyHasItsShapeAndSize(_ account: ServiceAccountName) {
        let cluster = IdentityModels.cluster()
        let (policy, size) = IRSATrustPolicies(cluster: cluster).policyAndSize(namespace: "n s", serviceAccount: account)
        #expect(size == IAMPolicySize.characterCount(policy))
        let issuer = "oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E"
        let subject = Document.Entry(issuer + ":sub", .string("system:serviceaccount:n s:\(account)"))
        let audience = Document.Entry(issuer + ":aud", .string("sts.amazonaws.com"))
        let condition: Document = account.isPattern
            ? .map([Document.Entry("StringEquals", .map([audience])), Document.Entry("StringLike", .map([subject]))])
            : .map([Document.Entry("StringEquals", .map([subject, audience]))])
        #expect(policy == .map([
            "Version": .string("2012-10-17"),
            "Statement": .list([.map([
                "Effect": .string("Allow"),
                "Principal": .map(["Federated": .string("arn:aws:iam::123456789012:oidc-provider/\(issuer)")]),
                "Action": .string("sts:AssumeRoleWithWebIdentity"),
                "Condition": condition,
            ])]),
        ]))
        #expect(IAMPolicyDocument.irsaTrustPolicy(cluster: cluster, namespace: "n s", serviceAccount: account) == policy)
    }

    @Test func readsByStoreAreEachStoresReads() throws {
        for model in try Self.models() {
            let reads = SecretStoreAccessPolicy.readsByStore(in: model)
            for store in model.secretStores {
                let keys = SecretStoreAccessPolicy.remoteKeys(of: store, in: model)
                let prefixes = SecretStoreAccessPolicy.prefixes(of: store, in: model)
                #expect(reads[store.id]?.keys ?? [] == keys)
                #expect(reads[store.id]?.prefixes ?? [] == prefixes)
            }
        }
        let reads = SecretStoreAccessPolicy.readsByStore(in: Self.handModel)
        #expect(reads.count == 1)
        #expect(reads.first?.value.keys == ["a/key", "b/key", "c/all"])
        #expect(reads.first?.value.prefixes == ["o/", "p/"])
        #expect(SecretStoreAccessPolicy.sortedUnique(["b", "a", "b", "", "a"]) == ["", "a", "b"])
    }

    @Test func serviceListIsTheDerivedEgressServices() throws {
        for model in try Self.models() {
            for role in model.apps.compactMap(\.iamRole) {
                #expect(NetworkReachabilityCheck.serviceList(of: role)
                    == DerivedEgress.services(of: role).joined(separator: ", "))
            }
        }
        let role = try #require(Self.handModel.apps.first?.iamRole)
        #expect(NetworkReachabilityCheck.serviceList(of: role) == "sts, dynamodb, kms, s3, sqs")
    }

    /// Collisions in the order the direct way reports them: files sorted by (start, path), each
    /// compared with the first of its path.
    @Test func collisionsComeInSourceOrder() throws {
        func mapping(_ name: String, at start: Int) -> IAMPrincipal {
            IAMPrincipal(kind: .user, name: name,
                         arn: ARN(partition: .aws, service: "iam", region: "", account: "123456789012", resource: "user/\(start)"),
                         username: "u", range: SourceRange(start: start, end: start + 5))
        }
        let model = SecurityModel(cluster: IdentityModels.cluster(), apps: [
            IdentityModels.app("x", range: SourceRange(start: 70, end: 80)),
            IdentityModels.app("x", range: SourceRange(start: 5, end: 9)),
        ], principals: [mapping("b", at: 40), mapping("a", at: 30), mapping("b", at: 10), mapping("a", at: 60),
                        mapping("b", at: 50)])
        let check = OutputNameCheck()
        var first: [String: OutputNameCheck.PlannedFile] = [:]
        var expected: [String] = []
        for file in check.plannedFiles(model).sorted(by: { ($0.range.start, $0.path) < ($1.range.start, $1.path) }) {
            guard let earlier = first[file.path] else {
                first[file.path] = file
                continue
            }
            guard !(earlier.isShared && file.isShared), earlier.range != file.range else { continue }
            expected.append("\(file.range.start) \(file.what) and \(earlier.what) would both be written to '\(file.path)'")
        }
        let found = check.diagnostics(for: model).map { "\($0.range.start) \($0.message)" }
        #expect(found == expected)
        #expect(found.count == 3)
    }
}
