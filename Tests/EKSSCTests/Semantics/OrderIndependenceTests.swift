import Testing
@testable import EKSSC

/// Declarations may come in any order: the model must not change when they are shuffled.
@Suite struct OrderIndependenceTests {
    /// Declarations separated by blank lines, so that they can be reordered as whole blocks.
    static let declarations: [String] = [
        """
        cluster shop-prod {
          account "123456789012"
          region  "eu-central-1"
          oidc    "https://oidc.eks.eu-central-1.amazonaws.com/id/0123456789ABCDEF"
          logging audit, api
          public-access "203.0.113.0/24", "198.51.100.0/24"
          authentication api-and-config-map
        }
        """,
        "namespace payments { pod-security baseline version \"v1.30\"\n  label team = payments\n  label env = prod\n}",
        "namespace catalog",
        "tier api in payments { select app = api, tier = backend }",
        "tier db in payments { dns off }",
        "tier web in catalog",
        "flow web -> payments/api on tcp/8080, tcp/http, udp/53",
        "flow api -> db on tcp/5432",
        "flow cidr \"10.0.0.0/8\" except \"10.1.0.0/16\", \"10.0.0.0/16\" -> web on tcp/443",
        "flow api -> cidr \"0.0.0.0/0\" on tcp/443",
        """
        clustersecretstore shared {
          provider secretsmanager
          serviceaccount eso in payments
          kms "arn:aws:kms:eu-central-1:123456789012:key/0f0f0f0f-1234-1234-1234-123456789012"
        }
        """,
        "secretstore params in catalog {\n  provider parameterstore\n  iam-role catalog-params\n}",
        """
        app ledger in payments {
          tier api
          identity pod-identity
          iam-role {
            allow "dynamodb:GetItem", "dynamodb:PutItem" on "arn:aws:dynamodb:eu-central-1:123456789012:table/ledger"
            deny "dynamodb:DeleteTable" on "*" when StringNotEquals "aws:PrincipalTag/team" = "payments"
          }
          secret db-creds from shared {
            extract "payments/db"
          }
        }
        """,
        "app storefront in catalog {\n  tier web\n  secret config from params {\n    token <- \"/catalog/token\"\n  }\n}",
        "app batch in payments {\n  serviceaccount \"batch-*\"\n  iam-role { managed \"arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess\" }\n}",
        "clusterrole viewer {\n  allow get, list, watch on pods, deployments.apps\n  bind group auditors\n  bind serviceaccount payments/robot in catalog\n}",
        "role operator in payments {\n  allow * on pods/log named \"a\", \"b\"\n  bind user ops\n}",
        "user alice \"arn:aws:iam::123456789012:user/alice\" {\n  bind viewer\n  bind operator in payments\n  access-policy AmazonEKSViewPolicy in catalog, payments\n}",
        "iam-role ci \"arn:aws:iam::123456789012:role/ci\" {\n  username ci-bot\n  groups deployers, builders\n  bind viewer in payments\n}",
        "nodes \"arn:aws:iam::123456789012:role/nodes-b\", \"arn:aws:iam::123456789012:role/nodes-a\"",
        "storageclass fast {\n  ebs io2\n  iops 16000\n  fstype xfs\n  reclaim retain\n  default\n}",
        "storageclass shared-files {\n  efs \"fs-0123456789abcdef0\"\n  directory-perms \"750\"\n  expansion off\n}",
    ]

    static func model(_ order: [Int]) throws -> SecurityModel {
        let source = order.map { declarations[$0] }.joined(separator: "\n\n") + "\n"
        let run = SemanticsTestSupport.run(source)
        #expect(!run.diagnostics.hasErrors, "\(run.summaries)")
        return try #require(run.result.model)
    }

    @Test func shuffledDeclarationsGiveTheSameModel() throws {
        let count = Self.declarations.count
        let forward = ModelDump.text(of: try Self.model(Array(0..<count)))
        let reversed = ModelDump.text(of: try Self.model(Array((0..<count).reversed())))
        // A fixed permutation: every 7th index modulo the count (7 and 22 are coprime).
        let strided = ModelDump.text(of: try Self.model((0..<count).map { $0 * 7 % count }))
        #expect(forward.count > 2000)
        #expect(forward == reversed)
        #expect(forward == strided)
    }

    @Test func diagnosticsDoNotDependOnOrderEither() {
        let count = Self.declarations.count
        func summaries(_ order: [Int]) -> [String] {
            let run = SemanticsTestSupport.run(order.map { Self.declarations[$0] }.joined(separator: "\n\n") + "\n")
            return run.diagnostics.map(\.message).sorted()
        }
        let forward = summaries(Array(0..<count))
        #expect(forward == summaries(Array((0..<count).reversed())))
        #expect(forward.isEmpty)
    }

    @Test func theModelHasTheDocumentedDefaultsAndOrder() throws {
        let model = try Self.model(Array(0..<Self.declarations.count))
        #expect(model.cluster.partition == .aws)
        #expect(model.cluster.logging == [.api, .audit])
        #expect(model.cluster.publicAccessCIDRs == ["203.0.113.0/24", "198.51.100.0/24"])
        #expect(model.cluster.authenticationMode == .apiAndConfigMap)
        #expect(model.namespaces.map(\.name) == ["catalog", "payments"])
        #expect(model.namespaces[1].labels == [Label(key: "env", value: "prod"), Label(key: "team", value: "payments")])
        #expect(model.namespaces[1].podSecurityVersion == "v1.30")
        #expect(model.tiers.map(\.id.description) == ["catalog/web", "payments/api", "payments/db"])
        #expect(model.tiers[1].selector == [Label(key: "app", value: "api"), Label(key: "tier", value: "backend")])
        #expect(model.tiers.map(\.dns) == [true, true, false])
        #expect(model.flows.count == 4)
        #expect(model.flows[0].ports == [PortRule(protocol: .tcp, port: .number(8080)),
                                         PortRule(protocol: .tcp, port: .named("http")),
                                         PortRule(protocol: .udp, port: .number(53))])
        #expect(model.flows.last?.source == .cidr(IPBlock(cidr: "10.0.0.0/8", except: ["10.0.0.0/16", "10.1.0.0/16"])))
        #expect(model.apps.map { "\($0.namespace)/\($0.name)" } == ["catalog/storefront", "payments/batch", "payments/ledger"])
        #expect(model.apps[1].serviceAccount == .pattern("batch-*"))
        #expect(model.apps[2].serviceAccount == .exact("ledger"))
        #expect(model.apps[2].identity == .podIdentity)
        #expect(model.apps[2].iamRole?.statements.map(\.effect) == [.allow, .deny])
        #expect(model.apps[2].secrets.first?.store == SecretStoreID(namespace: nil, name: "shared"))
        #expect(model.apps[2].secrets.first?.extracts == ["payments/db"])
        #expect(model.secretStores.map(\.id.description) == ["shared", "catalog/params"])
        #expect(model.secretStores[0].serviceAccount == ServiceAccountRef(namespace: "payments", name: "eso"))
        #expect(model.secretStores[1].serviceAccount == ServiceAccountRef(namespace: "catalog", name: "params"))
        #expect(model.secretStores[1].explicitRoleName == "catalog-params")
        #expect(model.secretStores.map(\.region) == ["eu-central-1", "eu-central-1"])
        #expect(model.rbacRoles.map(\.reference) == [RBACRoleRef(name: "viewer", namespace: nil),
                                                     RBACRoleRef(name: "operator", namespace: "payments")])
        #expect(model.rbacRoles[0].rules == [
            RBACRule(verbs: ["get", "list", "watch"], apiGroups: [""], resources: ["pods"]),
            RBACRule(verbs: ["get", "list", "watch"], apiGroups: ["apps"], resources: ["deployments"]),
        ])
        #expect(model.rbacRoles[1].rules == [
            RBACRule(verbs: ["*"], apiGroups: [""], resources: ["pods/log"], resourceNames: ["a", "b"]),
        ])
        #expect(model.principals.map(\.username) == ["ci-bot", "alice"])
        #expect(model.principals[0].groups == ["builders", "deployers"])
        #expect(model.principals[1].accessPolicies == [
            AccessPolicyAssociation(policyName: "AmazonEKSViewPolicy", namespaces: ["catalog", "payments"]),
        ])
        #expect(model.nodeRoles.map(\.arn.description) == ["arn:aws:iam::123456789012:role/nodes-a",
                                                           "arn:aws:iam::123456789012:role/nodes-b"])
        #expect(model.storageClasses.map(\.name) == ["fast", "shared-files"])
        #expect(model.storageClasses[0].backend == .ebs(EBSVolumeParameters(type: .io2, fsType: "xfs", iops: 16000)))
        #expect(model.storageClasses[0].reclaimPolicy == .retain)
        #expect(model.storageClasses[0].isDefault)
        #expect(model.storageClasses[1].backend == .efs(EFSParameters(fileSystemID: "fs-0123456789abcdef0", directoryPerms: "750")))
        #expect(model.storageClasses[1].allowVolumeExpansion == false)
    }

    @Test func bindingsAreAggregatedPerRoleAndNamespace() throws {
        let model = try Self.model(Array(0..<Self.declarations.count))
        let rendered = model.rbacBindings.map { binding in
            "\(binding.role.kind) \(binding.role.name) @\(binding.namespace ?? "cluster"): "
                + binding.subjects.map { "\($0)" }.joined(separator: ", ")
        }
        #expect(rendered == [
            "ClusterRole viewer @cluster: user(\"alice\"), group(\"auditors\")",
            "ClusterRole viewer @catalog: serviceAccount(payments/robot)",
            "ClusterRole viewer @payments: user(\"ci-bot\")",
            "Role operator @payments: user(\"alice\"), user(\"ops\")",
        ])
    }
}

/// A large file resolves in linear-ish time: thousands of tiers and flows, one namespace.
@Suite struct AnalyzerScaleTests {
    @Test func thousandsOfTiersAndFlows() throws {
        let count = 3000
        var source = SemanticsTestSupport.header
        for index in 0..<count { source += "tier t\(index) in shop\n" }
        for index in 1..<count { source += "flow t\(index - 1) -> t\(index) on tcp/\(1000 + index)\n" }
        let clock = ContinuousClock()
        var run: SemanticsTestSupport.Run?
        let elapsed = clock.measure { run = SemanticsTestSupport.run(source) }
        let result = try #require(run)
        #expect(result.summaries == ["7:6: warning: no flow goes to tier 'shop/t0'"])
        #expect(result.result.model?.flows.count == count - 1)
        #expect(elapsed < .seconds(20))
    }
}
