import Testing
@testable import EKSSC

/// aws-auth's `mapRoles`/`mapUsers` are YAML text inside the ConfigMap: rendered through the real
/// YAML emitter and read back twice (the ConfigMap, then the embedded text), they must give
/// exactly the mappings the pass built.
@Suite struct AWSAuthYAMLRoundTripTests {
    @Test func embeddedMappingsReadBackUnchanged() throws {
        let model = SecurityModel(cluster: KubernetesTestModel.cluster, principals: AWSAuthPassTests.guidePrincipals,
                                  nodeRoles: [AWSAuthPassTests.nodeRole])
        let output = AWSAuthPass().run(model)
        let manifest = try #require(output.manifests.first)
        let yaml = YAMLEmitter.render([manifest.document])
        let readBack = try #require(try YAMLReader.read(Array(yaml.utf8)).first)
        for key in ["mapRoles", "mapUsers"] {
            let text = try #require(readBack["data"]?[key]?.stringValue)
            let embedded = try YAMLReader.read(Array(text.utf8))
            #expect(embedded == [try #require(AWSAuthPassTests.embedded(key, in: output))])
        }
        #expect(readBack["data"]?["mapRoles"]?.stringValue == """
        - rolearn: arn:aws:iam::123456789012:role/eks-node
          username: system:node:{{EC2PrivateDNSName}}
          groups:
          - system:bootstrappers
          - system:nodes
        - rolearn: arn:aws:iam::123456789012:role/eks-admin
          username: eks-admin
          groups:
          - system:masters

        """)
    }
}
