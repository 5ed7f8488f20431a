import Foundation
import Testing
@testable import EKSSC

/// The reference guide's whole scenario (`examples/guide.sec`): it must analyse without errors
/// and give the model the guide describes.
@Suite struct GuideScenarioTests {
    /// `examples/guide.sec`, the file README and CI build: the scenario is tested where it is kept.
    static let source = (try? String(contentsOf: Repository.url("examples/guide.sec"), encoding: .utf8)) ?? ""

    static let keyARN = ARN(partition: .aws, service: "kms", region: "us-west-2", account: "123456789012",
                            resource: "key/12345678-1234-1234-1234-123456789012")

    @Test func analysesCleanlyAndWaivesOnlySystemMasters() throws {
        #expect(Self.source.contains("cluster my-cluster"), "examples/guide.sec was not read")
        let run = SemanticsTestSupport.run(Self.source, path: "guide.sec")
        #expect(run.summaries == [])
        let model = try #require(run.result.model)
        let report = LintRunner.run(model, syntax: Parser.parse(run.file).syntax)
        let findings = report.results.map {
            "\(run.file.location(of: $0.finding.range.start)) \($0.finding.ruleID)\($0.waiver == nil ? "" : " waived")"
        }
        // The guide maps an admin user and an admin role to system:masters; the file waives both.
        #expect(findings == ["67:10 EKS-ID-006 waived", "77:10 EKS-ID-006 waived"])
        #expect(report.diagnostics.isEmpty)
    }

    @Test func clusterAndNetwork() throws {
        let model = try #require(SemanticsTestSupport.run(Self.source).result.model)
        #expect(model.cluster.name == "my-cluster")
        #expect(model.cluster.partition == .aws)
        #expect(model.cluster.oidcProviderARN
            == "arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E")
        #expect(model.cluster.logging == [.api, .audit, .authenticator, .controllerManager, .scheduler])
        #expect(model.cluster.endpoint == .private)
        #expect(model.cluster.secretsEncryptionKey == Self.keyARN)
        #expect(model.namespaces.map(\.name) == ["default"])
        #expect(model.namespaces.first?.podSecurity == .restricted)
        #expect(model.namespaces.first?.podSecurityVersion == "latest")
        #expect(model.tiers.map(\.id.description) == ["default/database", "default/frontend", "default/web"])
        #expect(model.tiers.map(\.selector) == [[Label(key: "app", value: "database")],
                                                [Label(key: "app", value: "frontend")], [Label(key: "app", value: "web")]])
        #expect(model.tiers.map(\.dns) == [true, true, true])
        let web = TierID(namespace: "default", name: "web")
        let frontend = TierID(namespace: "default", name: "frontend")
        let database = TierID(namespace: "default", name: "database")
        #expect(model.flows.map(\.source) == [.tier(frontend), .tier(web), .cidr(IPBlock(cidr: "10.0.0.0/16"))])
        #expect(model.flows.map(\.destination) == [.tier(web), .tier(database), .tier(frontend)])
        #expect(model.flows.map(\.ports) == [[PortRule(protocol: .tcp, port: .number(8080))],
                                             [PortRule(protocol: .tcp, port: .number(5432))],
                                             [PortRule(protocol: .tcp, port: .number(8443))]])
    }

    @Test func appAndSecrets() throws {
        let model = try #require(SemanticsTestSupport.run(Self.source).result.model)
        let app = try #require(model.apps.first)
        #expect(model.apps.count == 1)
        #expect(app.serviceAccount == .exact("my-service-account"))
        #expect(app.tier == TierID(namespace: "default", name: "web"))
        #expect(app.identity == .irsa)
        #expect(app.iamRole?.explicitName == "my-app-role")
        #expect(app.iamRole?.managedPolicies == ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"])
        #expect(app.iamRole?.statements.isEmpty == true)
        #expect(app.securityGroups == ["sg-1234567890abcdef0"])
        #expect(app.secrets.map(\.name) == ["app-config", "app-secret"])
        #expect(app.secrets.map(\.store.description) == ["default/aws-parameter-store", "default/aws-secrets-manager"])
        #expect(app.secrets.map(\.refreshInterval) == ["1h", "1h"])
        #expect(app.secrets[0].data == [SecretDataEntry(secretKey: "api-key", remoteKey: "/prod/app/api-key", property: nil)])
        #expect(app.secrets[1].data == [
            SecretDataEntry(secretKey: "password", remoteKey: "prod/database/password", property: "password"),
        ])
        #expect(app.secrets[1].remoteKeys == ["prod/database/password"])
        #expect(model.secretStores.map(\.id.description) == ["default/aws-parameter-store", "default/aws-secrets-manager"])
        #expect(model.secretStores.map(\.provider) == [.parameterStore, .secretsManager])
        #expect(model.secretStores.map(\.region) == ["us-west-2", "us-west-2"])
        #expect(model.secretStores.map(\.serviceAccount) == [
            ServiceAccountRef(namespace: "default", name: "external-secrets-sa"),
            ServiceAccountRef(namespace: "default", name: "external-secrets-sa"),
        ])
    }

    @Test func accessAndStorage() throws {
        let model = try #require(SemanticsTestSupport.run(Self.source).result.model)
        #expect(model.rbacRoles.map(\.reference) == [RBACRoleRef(name: "developer", namespace: "default")])
        #expect(model.rbacRoles.first?.rules == [
            RBACRule(verbs: ["get", "list", "create", "update", "delete"], apiGroups: [""], resources: ["pods", "services"]),
        ])
        #expect(model.rbacBindings.count == 1)
        #expect(model.rbacBindings.first?.role == RBACRoleRef(name: "developer", namespace: "default"))
        #expect(model.rbacBindings.first?.namespace == "default")
        #expect(model.rbacBindings.first?.subjects == [.user("john")])
        #expect(model.principals.map(\.arn.description) == [
            "arn:aws:iam::123456789012:role/eks-admin", "arn:aws:iam::123456789012:user/jane",
            "arn:aws:iam::123456789012:user/john",
        ])
        #expect(model.principals.map(\.kind) == [.role, .user, .user])
        #expect(model.principals.map(\.username) == ["eks-admin", "jane", "john"])
        #expect(model.principals.map(\.groups) == [["system:masters"], ["system:authenticated"], ["system:masters"]])
        #expect(model.nodeRoles.map(\.arn.description) == ["arn:aws:iam::123456789012:role/eks-node-role"])
        #expect(model.storageClasses.map(\.name) == ["gp3-encrypted"])
        #expect(model.storageClasses.first?.backend == .ebs(EBSVolumeParameters(type: .gp3, encrypted: true, kmsKey: Self.keyARN)))
        #expect(model.storageClasses.first?.reclaimPolicy == .delete)
        #expect(model.storageClasses.first?.allowVolumeExpansion == true)
        #expect(model.storageClasses.first?.isDefault == false)
    }
}
