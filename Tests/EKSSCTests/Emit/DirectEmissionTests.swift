import Foundation
import Testing
@testable import EKSSC

/// The output is rendered from typed objects without building their document trees where that
/// is cheaper (`KubernetesManifest.write(to:)`, `CloudFormationTemplate.rendered()`); these paths
/// must give exactly the bytes of the trees (`document`), which `diff` and the tests read.
@Suite struct DirectEmissionTests {
    /// A manifest with duplicate and unsorted labels and annotations, for the metadata paths.
    private struct LabelledManifest: KubernetesManifest {
        var apiVersion = "v1"
        var kind = "ConfigMap"
        var metadata: ObjectMeta
        var body: [Document.Entry] = [Document.Entry("data", .map(["key": .string("yes")]))]
    }

    private static func artifacts(of example: String) throws -> BuildArtifacts {
        let url = Repository.url("examples/\(example)")
        let file = SourceFile(path: example, bytes: Array(try Data(contentsOf: url)))
        return try #require(Compiler.build(file).artifacts)
    }

    @Test(arguments: ["guide.sec", "platform.sec", "pod-identity-efs.sec", "team-namespaces.sec", "three-tier.sec"])
    func manifestsRenderAsTheirDocuments(example: String) throws {
        let manifests = try Self.artifacts(of: example).manifests
        #expect(!manifests.isEmpty)
        for manifest in manifests {
            #expect(YAMLEmitter.render(manifests: [manifest]) == YAMLEmitter.render([manifest.document]),
                    "\(manifest.objectKey)")
        }
        #expect(YAMLEmitter.render(manifests: manifests) == YAMLEmitter.render(manifests.map(\.document)))
    }

    @Test func metadataKeepsTheFirstOfEachKeySorted() {
        let manifest = LabelledManifest(metadata: .managed(
            name: "on", namespace: "shop",
            labels: [Label(key: "b", value: "2"), Label(key: "a", value: "y"), Label(key: "a", value: "x"),
                     Label(key: "b", value: "1")],
            annotations: [Label(key: "note", value: "no"), Label(key: "#hash", value: " spaced ")]))
        let expected = """
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: "on"
              namespace: shop
              labels:
                a: x
                app.kubernetes.io/managed-by: ekssc
                b: "1"
              annotations:
                "#hash": " spaced "
                note: "no"
            data:
              key: "yes"

            """
        #expect(YAMLEmitter.render(manifests: [manifest]) == expected)
        #expect(YAMLEmitter.render([manifest.document]) == expected)
    }

    @Test(arguments: ["guide.sec", "platform.sec", "pod-identity-efs.sec"])
    func templatesAreRenderedOnceAsTheirDocuments(example: String) throws {
        let templates = try Self.artifacts(of: example).cloudFormationTemplates
        #expect(!templates.isEmpty)
        for template in templates {
            #expect(template.yaml == YAMLEmitter.render([template.document]), "\(template.name)")
            var changed = template
            changed.document = .map(["Resources": .map([])])
            #expect(changed.yaml == "---\nResources: {}\n")
        }
    }
}
