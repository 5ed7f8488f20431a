import Testing
@testable import EKSSC

@Suite struct ClusterSettingsPassTests {
    static let key = ARN(partition: .aws, service: "kms", region: "us-west-2", account: "123456789012",
                         resource: "key/12345678-1234-1234-1234-123456789012")

    static func render(_ cluster: Cluster) -> [String] {
        ClusterSettingsPass().run(SecurityModel(cluster: cluster)).awsInputs.map {
            "\($0.path) | \($0.command) | \(IdentityTestJSON.compact($0.document))"
        }
    }

    @Test func nothingSetMeansNoInputs() {
        #expect(Self.render(IdentityModels.cluster()) == [])
    }

    @Test func everySettingGetsItsOwnCall() {
        var cluster = IdentityModels.cluster()
        cluster.secretsEncryptionKey = Self.key
        cluster.logging = [.api, .audit]
        cluster.endpoint = .publicAndPrivate
        cluster.publicAccessCIDRs = ["203.0.113.0/24"]
        cluster.authenticationMode = .apiAndConfigMap
        #expect(Self.render(cluster) == [
            #"cluster/associate-encryption-config.json | eks associate-encryption-config | {"clusterName":"my-cluster","encryptionConfig":[{"resources":["secrets"],"provider":{"keyArn":"arn:aws:kms:us-west-2:123456789012:key/12345678-1234-1234-1234-123456789012"}}]}"#,
            #"cluster/update-cluster-config-access.json | eks update-cluster-config | {"name":"my-cluster","accessConfig":{"authenticationMode":"API_AND_CONFIG_MAP"}}"#,
            #"cluster/update-cluster-config-endpoint.json | eks update-cluster-config | {"name":"my-cluster","resourcesVpcConfig":{"endpointPublicAccess":true,"endpointPrivateAccess":true,"publicAccessCidrs":["203.0.113.0/24"]}}"#,
            #"cluster/update-cluster-config-logging.json | eks update-cluster-config | {"name":"my-cluster","logging":{"clusterLogging":[{"types":["api","audit"],"enabled":true},{"types":["authenticator","controllerManager","scheduler"],"enabled":false}]}}"#,
        ])
    }

    @Test(arguments: [
        (EndpointAccess.private, #"{"endpointPublicAccess":false,"endpointPrivateAccess":true}"#),
        (EndpointAccess.public, #"{"endpointPublicAccess":true,"endpointPrivateAccess":false,"publicAccessCidrs":["198.51.100.0/24"]}"#),
    ])
    func endpointAccess(endpoint: EndpointAccess, expected: String) {
        var cluster = IdentityModels.cluster()
        cluster.endpoint = endpoint
        cluster.publicAccessCIDRs = ["198.51.100.0/24"]
        #expect(Self.render(cluster) == [
            "cluster/update-cluster-config-endpoint.json | eks update-cluster-config | "
                + #"{"name":"my-cluster","resourcesVpcConfig":"# + expected + "}",
        ])
    }

    @Test func allLogTypesEnabledHasNoDisabledEntry() {
        var cluster = IdentityModels.cluster()
        cluster.logging = ControlPlaneLogType.allCases
        #expect(Self.render(cluster) == [
            "cluster/update-cluster-config-logging.json | eks update-cluster-config | "
                + #"{"name":"my-cluster","logging":{"clusterLogging":[{"types":["api","audit","authenticator","controllerManager","scheduler"],"enabled":true}]}}"#,
        ])
    }
}
