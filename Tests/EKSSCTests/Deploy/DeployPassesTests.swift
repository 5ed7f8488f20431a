import Testing
@testable import EKSSC

/// The deploy stage: CloudFormation templates and the apply guide, from small sources.
@Suite struct DeployPassesTests {
    static let cluster = """
        cluster prod {
          account "123456789012"
          region  "eu-west-1"
          oidc    "https://oidc.eks.eu-west-1.amazonaws.com/id/ABC"
        %@
        }
        namespace shop
        namespace data

        """

    static func artifacts(_ body: String, clusterSettings: String = "") throws -> BuildArtifacts {
        let text = cluster.replacingOccurrences(of: "%@", with: clusterSettings) + body
        let result = Compiler.build(SourceFile(path: "teams/shop.sec", text: text))
        guard let artifacts = result.artifacts else {
            throw DiffError(DiagnosticRenderer().render(result.diagnostics, in: SourceFile(path: "shop.sec", text: text)))
        }
        return artifacts
    }

    static func template(_ name: String, in artifacts: BuildArtifacts) -> Document? {
        artifacts.cloudFormationTemplates.first { $0.name == name }?.document
    }

    @Test func logicalIDsComeFromNamesAndNeverCollide() {
        #expect(CloudFormationLogicalID.pascalCase("my-app.role_2") == "MyAppRole2")
        #expect(CloudFormationLogicalID.ids(prefix: "Role", names: ["my-app", "cache"]) == ["my-app": "RoleMyApp", "cache": "RoleCache"])
        let colliding = CloudFormationLogicalID.ids(prefix: "Role", names: ["a-b", "a.b", "c"])
        #expect(colliding["c"] == "RoleC")
        #expect(colliding["a-b"] != colliding["a.b"])
        #expect(colliding["a-b"]?.hasPrefix("RoleAB") == true && colliding["a-b"]?.count == "RoleAB".count + 8)
        // An id depends on its own name only: the same whatever else collides or is declared.
        #expect(CloudFormationLogicalID.ids(prefix: "Role", names: ["a.b", "a-b", "zzz"])["a-b"] == colliding["a-b"])
    }

    @Test func rolesGoIntoOneStackPerNamespaceWithTheOIDCProviderApart() throws {
        let artifacts = try Self.artifacts("""
            app api in shop { iam-role { allow "s3:GetObject" on "arn:aws:s3:::shop/*" } }
            app etl in data { iam-role { managed "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess" } }
            """)
        #expect(artifacts.cloudFormationTemplates.map(\.name) == ["iam-data", "iam-shop", "oidc-provider"])
        #expect(artifacts.cloudFormationTemplates.map(\.stackName) == ["prod-iam-data", "prod-iam-shop", "prod-oidc-provider"])
        let shop = try #require(Self.template("iam-shop", in: artifacts))
        let role = try #require(shop["Resources"]?["RoleProdShopApi"]?["Properties"])
        #expect(role["RoleName"] == .string("prod-shop-api"))
        #expect(role["AssumeRolePolicyDocument"] == artifacts.iamRoles.first { $0.roleName == "prod-shop-api" }?.trustPolicy)
        #expect(role["Policies"]?.listValue?.first?["PolicyName"] == .string("ekssc"))
        #expect(role["ManagedPolicyArns"] == nil)
        #expect(shop["Outputs"]?["RoleProdShopApiArn"]?["Value"] == .map(["Fn::GetAtt": .strings(["RoleProdShopApi", "Arn"])]))
        let provider = try #require(Self.template("oidc-provider", in: artifacts)?["Resources"]?["OIDCProvider"])
        #expect(provider["Properties"]?["Url"] == .string("https://oidc.eks.eu-west-1.amazonaws.com/id/ABC"))
        #expect(provider["Properties"]?["ClientIdList"] == .strings(["sts.amazonaws.com"]))
    }

    @Test func anExistingOIDCProviderIsLeftOutAndNamedAsAPrerequisite() throws {
        let artifacts = try Self.artifacts(#"app api in shop { iam-role { allow "s3:GetObject" on "*" } }"#,
                                           clusterSettings: "  oidc-provider existing")
        #expect(artifacts.cloudFormationTemplates.map(\.name) == ["iam-shop"])
        #expect(artifacts.deployGuide.grouped.contains("the source says it exists"))
        #expect(!artifacts.deployGuide.grouped.contains("oidc-provider.yaml"))
    }

    @Test func podIdentityAloneNeedsNoOIDCProviderButTheAgent() throws {
        let artifacts = try Self.artifacts(#"app api in shop { identity pod-identity; iam-role { allow "s3:GetObject" on "*" } }"#)
        #expect(artifacts.cloudFormationTemplates.map(\.name) == ["eks", "iam-shop"])
        let association = try #require(Self.template("eks", in: artifacts)?["Resources"]?["PodIdentityShopApi"]?["Properties"])
        #expect(association["RoleArn"] == .string("arn:aws:iam::123456789012:role/prod-shop-api"))
        #expect(association["ServiceAccount"] == .string("api"))
        #expect(artifacts.deployGuide.grouped.contains("**EKS Pod Identity Agent**"))
        #expect(!artifacts.deployGuide.grouped.contains("External Secrets Operator"))
    }

    @Test func accessEntriesDropSystemGroupsAndTurnMastersIntoClusterAdmin() throws {
        let artifacts = try Self.artifacts("""
            user ann "arn:aws:iam::123456789012:user/ann" {
              groups system:masters, ops
              access-policy AmazonEKSViewPolicy in shop
            }
            nodes "arn:aws:iam::123456789012:role/nodes"
            """, clusterSettings: "  authentication api")
        let resources = try #require(Self.template("eks", in: artifacts)?["Resources"])
        let ann = try #require(resources["AccessEntryAnn"]?["Properties"])
        #expect(ann["KubernetesGroups"] == .strings(["ops"]))
        #expect(ann["Type"] == .string("STANDARD"))
        #expect(ann["AccessPolicies"]?.listValue?.compactMap { $0["PolicyArn"]?.stringValue } == [
            "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy",
            "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy",
        ])
        #expect(ann["AccessPolicies"]?.listValue?.last?["AccessScope"] == .map([
            "Type": .string("namespace"), "Namespaces": .strings(["shop"]),
        ]))
        let nodes = try #require(resources["NodeAccessEntryNodes"]?["Properties"])
        #expect(nodes["Type"] == .string("EC2_LINUX"))
        #expect(nodes["Username"] == nil && nodes["KubernetesGroups"] == nil)
        #expect(artifacts.deployGuide.grouped.contains("**Authentication mode `API`**"))
    }

    @Test func configMapAuthenticationWritesNoEKSStack() throws {
        let artifacts = try Self.artifacts(#"user ann "arn:aws:iam::123456789012:user/ann" { groups ops }"#,
                                           clusterSettings: "  authentication config-map")
        #expect(Self.template("eks", in: artifacts) == nil)
    }

    /// The guide names the cluster, never a source file: the output is the same however the
    /// declarations are split over files.
    @Test func theGuideNamesTheClusterNotTheFilesAndOrdersTheSteps() throws {
        let artifacts = try Self.artifacts(#"app api in shop { iam-role { allow "s3:GetObject" on "*" } }"#,
                                           clusterSettings: "  logging audit\n  authentication api-and-config-map")
        let guide = artifacts.deployGuide.grouped
        #expect(guide.contains("from the `.sec` sources of cluster `") && !guide.contains(".sec`;") && !guide.contains("teams/"))
        let order = ["update-cluster-config-access.json", "update-cluster-config-logging.json",
                     "oidc-provider.yaml", "iam-shop.yaml", "kubectl apply -k .", "ekssc diff <sources>"]
        let positions = order.compactMap { guide.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count && positions == positions.sorted(), "\(guide)")
        #expect(guide.contains("--capabilities CAPABILITY_NAMED_IAM"))
        #expect(!guide.contains("EBS CSI") && !guide.contains("External Secrets Operator"))
    }
}

extension DeployPassesTests {
    @Test func aPatternServiceAccountIsTaggedByItsFixedPart() throws {
        let artifacts = try Self.artifacts(#"app batch in shop { serviceaccount "batch-*"; iam-role { allow "s3:GetObject" on "*" } }"#)
        let role = try #require(artifacts.iamRoles.first)
        #expect(role.tags.map(\.key) == ["managed-by", "ekssc/service-account-prefix"])
        #expect(role.tags.last?.value == "shop/batch-")
    }
}
