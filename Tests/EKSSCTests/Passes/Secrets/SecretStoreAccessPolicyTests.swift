import Testing
@testable import EKSSC

@Suite struct SecretStoreAccessPolicyTests {
    static let smID = SecretStoreID(namespace: "payments", name: "sm")
    static let psID = SecretStoreID(namespace: nil, name: "params")

    /// Two stores (Secrets Manager in a namespace, Parameter Store cluster-wide with a KMS key),
    /// two apps each reading some keys from each, and one store nobody uses.
    static func model() -> SecurityModel {
        let sm = SecretStore(id: smID, provider: .secretsManager, region: "us-west-2",
                             serviceAccount: ServiceAccountRef(namespace: "payments", name: "eso"))
        let ps = SecretStore(id: psID, provider: .parameterStore, region: "eu-west-1",
                             serviceAccount: ServiceAccountRef(namespace: "external-secrets", name: "eso-params"),
                             explicitRoleName: "params-reader", kmsKeys: [IdentityModels.kmsKey("k2"), IdentityModels.kmsKey("k1")])
        let unused = SecretStore(id: SecretStoreID(namespace: "payments", name: "unused"), provider: .secretsManager,
                                 region: "us-west-2", serviceAccount: ServiceAccountRef(namespace: "payments", name: "idle"))
        let api = IdentityModels.app("api", in: "payments", secrets: [
            ExternalSecretSpec(name: "db", store: smID, data: [
                SecretDataEntry(secretKey: "password", remoteKey: "prod/db", property: "password"),
                SecretDataEntry(secretKey: "username", remoteKey: "prod/db", property: "username"),
            ]),
            ExternalSecretSpec(name: "flags", store: psID, data: [
                SecretDataEntry(secretKey: "flags", remoteKey: "/prod/api/flags"),
            ]),
        ])
        let worker = IdentityModels.app("worker", in: "payments", secrets: [
            ExternalSecretSpec(name: "queue", store: smID, extracts: ["prod/queue"]),
            ExternalSecretSpec(name: "limits", store: psID, data: [
                SecretDataEntry(secretKey: "max", remoteKey: "/prod/worker/max"),
            ]),
        ])
        return SecurityModel(cluster: IdentityModels.cluster(), apps: [api, worker], secretStores: [ps, sm, unused])
    }

    @Test func eachStoreGetsExactlyTheKeysOfItsSecrets() throws {
        let output = IAMRolePass().run(Self.model())
        #expect(output.diagnostics.isEmpty)
        #expect(output.iamRoles.map(\.roleName) == ["my-cluster-payments-eso", "my-cluster-payments-idle", "params-reader"])
        let byName = Dictionary(uniqueKeysWithValues: output.iamRoles.map { ($0.roleName, $0) })
        let sm = try #require(byName["my-cluster-payments-eso"])
        #expect(IdentityTestJSON.compact(sm.permissionPolicy) == """
            {"Version":"2012-10-17","Statement":[{"Sid":"ReadSecrets","Effect":"Allow",\
            "Action":["secretsmanager:GetSecretValue","secretsmanager:DescribeSecret"],\
            "Resource":["arn:aws:secretsmanager:us-west-2:123456789012:secret:prod/db-??????",\
            "arn:aws:secretsmanager:us-west-2:123456789012:secret:prod/queue-??????"]}]}
            """)
        #expect(sm.serviceAccount == ServiceAccountRef(namespace: "payments", name: "eso"))
        #expect(sm.managedPolicyARNs == [])
        let issuer = "oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E"
        #expect(IdentityTestJSON.compact(sm.trustPolicy).map { $0.contains("\"\(issuer):sub\":\"system:serviceaccount:payments:eso\"") } == true)

        let ps = try #require(byName["params-reader"])
        #expect(IdentityTestJSON.compact(ps.permissionPolicy) == """
            {"Version":"2012-10-17","Statement":[{"Sid":"ReadParameters","Effect":"Allow",\
            "Action":["ssm:GetParameter","ssm:GetParameters"],\
            "Resource":["arn:aws:ssm:eu-west-1:123456789012:parameter/prod/api/flags",\
            "arn:aws:ssm:eu-west-1:123456789012:parameter/prod/worker/max"]},\
            {"Sid":"DecryptSecrets","Effect":"Allow","Action":"kms:Decrypt",\
            "Resource":["arn:aws:kms:us-west-2:123456789012:key/k1","arn:aws:kms:us-west-2:123456789012:key/k2"],\
            "Condition":{"StringEquals":{"kms:ViaService":"ssm.eu-west-1.amazonaws.com"}}}]}
            """)

        let idle = try #require(byName["my-cluster-payments-idle"])
        #expect(idle.permissionPolicy == nil)
    }

    @Test func remoteKeysAreSortedAndUnique() {
        let model = Self.model()
        #expect(SecretStoreAccessPolicy.remoteKeys(of: model.secretStores[1], in: model) == ["prod/db", "prod/queue"])
        #expect(SecretStoreAccessPolicy.remoteKeys(of: model.secretStores[0], in: model)
                    == ["/prod/api/flags", "/prod/worker/max"])
    }

    @Test func fullARNKeysAreUsedAsTheyAre() throws {
        let arn = "arn:aws:secretsmanager:us-west-2:123456789012:secret:prod/x-AbCdEf"
        var model = Self.model()
        model.apps = [IdentityModels.app("api", in: "payments", secrets: [
            ExternalSecretSpec(name: "x", store: Self.smID, extracts: [arn]),
        ])]
        let policy = try #require(SecretStoreAccessPolicy.policy(for: model.secretStores[1], in: model))
        #expect(policy["Statement"]?.listValue?.first?["Resource"] == .string(arn))
    }

    /// The guide's two stores share one ServiceAccount: one role with both stores' reads.
    @Test func storesSharingAServiceAccountShareOneRole() throws {
        let serviceAccount = ServiceAccountRef(namespace: "default", name: "external-secrets-sa")
        let smID = SecretStoreID(namespace: "default", name: "aws-secrets-manager")
        let psID = SecretStoreID(namespace: "default", name: "aws-parameter-store")
        let model = SecurityModel(cluster: IdentityModels.cluster(), apps: [
            IdentityModels.app("my-app", secrets: [
                ExternalSecretSpec(name: "app-secret", store: smID, data: [
                    SecretDataEntry(secretKey: "password", remoteKey: "prod/database/password", property: "password"),
                ]),
                ExternalSecretSpec(name: "app-config", store: psID, data: [
                    SecretDataEntry(secretKey: "mode", remoteKey: "/prod/app/mode"),
                ]),
            ]),
        ], secretStores: [
            SecretStore(id: psID, provider: .parameterStore, region: "us-west-2", serviceAccount: serviceAccount,
                        kmsKeys: [IdentityModels.kmsKey("p")]),
            SecretStore(id: smID, provider: .secretsManager, region: "us-west-2", serviceAccount: serviceAccount,
                        kmsKeys: [IdentityModels.kmsKey("s")]),
        ])
        let output = IAMRolePass().run(model)
        #expect(output.diagnostics.isEmpty)
        try #require(output.iamRoles.count == 1)
        #expect(output.iamRoles[0].roleName == "my-cluster-default-external-secrets-sa")
        #expect(IdentityTestJSON.compact(output.iamRoles[0].permissionPolicy) == """
            {"Version":"2012-10-17","Statement":[\
            {"Sid":"ReadParameters","Effect":"Allow","Action":["ssm:GetParameter","ssm:GetParameters"],\
            "Resource":"arn:aws:ssm:us-west-2:123456789012:parameter/prod/app/mode"},\
            {"Sid":"DecryptSecrets","Effect":"Allow","Action":"kms:Decrypt","Resource":"arn:aws:kms:us-west-2:123456789012:key/p",\
            "Condition":{"StringEquals":{"kms:ViaService":"ssm.us-west-2.amazonaws.com"}}},\
            {"Sid":"ReadSecrets","Effect":"Allow","Action":["secretsmanager:GetSecretValue","secretsmanager:DescribeSecret"],\
            "Resource":"arn:aws:secretsmanager:us-west-2:123456789012:secret:prod/database/password-??????"},\
            {"Sid":"DecryptSecrets2","Effect":"Allow","Action":"kms:Decrypt","Resource":"arn:aws:kms:us-west-2:123456789012:key/s",\
            "Condition":{"StringEquals":{"kms:ViaService":"secretsmanager.us-west-2.amazonaws.com"}}}]}
            """)
        let serviceAccounts = ServiceAccountPass().run(model)
        #expect(serviceAccounts.diagnostics.isEmpty)
        #expect(serviceAccounts.manifests.map(\.metadata.name) == ["external-secrets-sa", "my-app"])
    }

    /// A prefix read grants the prefix and nothing beside it: Secrets Manager values under it
    /// plus the listing calls `find` needs; Parameter Store the path and below.
    @Test func prefixReadsGrantExactlyThePrefix() throws {
        let sm = SecretStore(id: Self.smID, provider: .secretsManager, region: "us-west-2",
                             serviceAccount: ServiceAccountRef(namespace: "payments", name: "eso"))
        let ps = SecretStore(id: Self.psID, provider: .parameterStore, region: "eu-west-1",
                             serviceAccount: ServiceAccountRef(namespace: "external-secrets", name: "eso-params"))
        let app = IdentityModels.app("api", in: "payments", secrets: [
            ExternalSecretSpec(name: "all", store: Self.smID, prefixes: ["prod/app/"]),
            ExternalSecretSpec(name: "flags", store: Self.psID, prefixes: ["/prod/flags/"]),
        ])
        let model = SecurityModel(cluster: IdentityModels.cluster(), apps: [app], secretStores: [ps, sm])
        #expect(IdentityTestJSON.compact(SecretStoreAccessPolicy.policy(for: sm, in: model)) == """
            {"Version":"2012-10-17","Statement":[\
            {"Sid":"ReadSecrets","Effect":"Allow","Action":["secretsmanager:GetSecretValue","secretsmanager:DescribeSecret"],\
            "Resource":"arn:aws:secretsmanager:us-west-2:123456789012:secret:prod/app/*"},\
            {"Sid":"ListSecrets","Effect":"Allow","Action":["secretsmanager:BatchGetSecretValue","secretsmanager:ListSecrets"],\
            "Resource":"*"}]}
            """)
        #expect(IdentityTestJSON.compact(SecretStoreAccessPolicy.policy(for: ps, in: model)) == """
            {"Version":"2012-10-17","Statement":[\
            {"Sid":"ReadParameterPaths","Effect":"Allow","Action":"ssm:GetParametersByPath",\
            "Resource":["arn:aws:ssm:eu-west-1:123456789012:parameter/prod/flags",\
            "arn:aws:ssm:eu-west-1:123456789012:parameter/prod/flags/*"]}]}
            """)
    }

    @Test func findLooksUpThePrefixTheWayEachProviderNeeds() {
        let sm = ExternalSecretFind(prefix: "prod/app.v2/", provider: .secretsManager)
        #expect(sm.path == "prod/app.v2/")
        #expect(sm.nameRegexp == #"^prod/app\.v2/"#)
        let ps = ExternalSecretFind(prefix: "prod/flags/", provider: .parameterStore)
        #expect(ps.path == "/prod/flags")
        #expect(ps.nameRegexp == "^/prod/flags/")
    }
}
