import PropertyBased
import Testing
@testable import EKSSC

/// `YAMLBlockWriter` writes exactly libyaml's bytes, or declines.
@Suite struct YAMLBlockWriterTests {
    /// Random documents without `.yamlText` (which the writer always leaves to libyaml), so most
    /// are in its subset.
    static func plainDocument(seed: UInt64) -> Document {
        withoutYAMLText(RandomDocument.make(seed: seed))
    }

    private static func withoutYAMLText(_ document: Document) -> Document {
        switch document {
        case .yamlText(let inner): withoutYAMLText(inner)
        case .list(let items): .list(items.map(withoutYAMLText))
        case .map(let entries): .map(entries.map { Document.Entry($0.key, withoutYAMLText($0.value)) })
        default: document
        }
    }

    @Test func matchesLibYAMLOnRandomDocuments() {
        var written = 0
        for seed in UInt64(0)..<3_000 {
            let document = Self.plainDocument(seed: seed &* 0x9E37_79B9_7F4A_7C15)
            let libyaml = YAMLEmitter.renderWithLibYAML([document])
            guard let bytes = YAMLBlockWriter.render([document]) else { continue }
            written += 1
            #expect(String(decoding: bytes, as: UTF8.self) == libyaml, "seed \(seed)")
        }
        // About one in seven random documents is in the subset (the others have a scalar or an
        // empty collection at the root, or a multi-line string somewhere): enough to compare.
        #expect(written > 300)
    }

    @Test func matchesLibYAMLOnRandomStreams() async {
        let documents = Gen.uint64().map { Self.plainDocument(seed: $0) }
        await propertyCheck(count: 300, input: documents.array(of: 0...4)) { stream in
            if let bytes = YAMLBlockWriter.render(stream) {
                #expect(String(decoding: bytes, as: UTF8.self) == YAMLEmitter.renderWithLibYAML(stream))
            }
        }
    }

    @Test func matchesLibYAMLOnAwkwardStringsAsKeysAndValues() {
        var generator = RandomDocument(seed: 20_261_130)
        for _ in 0..<3_000 {
            let value = generator.string()
            let document: Document = .map([
                Document.Entry(value, .list([.string(value), .map([Document.Entry(value, .string(value))])])),
                Document.Entry("k", .list([.list([.string(value)]), .map([]), .list([]), .int(-7)])),
            ])
            let libyaml = YAMLEmitter.renderWithLibYAML([document])
            if let bytes = YAMLBlockWriter.render([document]) {
                #expect(String(decoding: bytes, as: UTF8.self) == libyaml, "\(value.unicodeScalars.map(\.value))")
            }
        }
    }

    @Test func writesAKubernetesObject() throws {
        let object: Document = .map([
            "apiVersion": .string("networking.k8s.io/v1"),
            "kind": .string("NetworkPolicy"),
            "metadata": .map(["name": .string("web"), "labels": .map(["app.kubernetes.io/managed-by": .string("ekssc")])]),
            "spec": .map([
                "podSelector": .map([]),
                "ingress": .list([.map([
                    "from": .list([.map(["podSelector": .map(["matchLabels": .map(["tier": .string("web")])])])]),
                    "ports": .list([.map(["port": .int(8080), "protocol": .string("TCP")])]),
                ])]),
                "policyTypes": .strings(["Ingress", "Egress"]),
                "egress": .list([]),
            ]),
        ])
        let bytes = try #require(YAMLBlockWriter.render([object, object]))
        #expect(String(decoding: bytes, as: UTF8.self) == YAMLEmitter.renderWithLibYAML([object, object]))
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("""
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: web
              labels:
                app.kubernetes.io/managed-by: ekssc
            spec:
              podSelector: {}
              ingress:
              - from:
                - podSelector:
                    matchLabels:
                      tier: web
                ports:
                - port: 8080
                  protocol: TCP

            """))
    }

    @Test func leavesBlockScalarsLongKeysAndYAMLTextToLibYAML() {
        #expect(YAMLBlockWriter.render([.map(["text": .string("two\nlines")])]) == nil)
        #expect(YAMLBlockWriter.render([.map(["text": .yamlText(.map(["a": .int(1)]))])]) == nil)
        #expect(YAMLBlockWriter.render([.map([Document.Entry(String(repeating: "k", count: 129), .null)])]) == nil)
        #expect(YAMLBlockWriter.render([.map([Document.Entry("a\rb", .null)])]) == nil)
        #expect(YAMLBlockWriter.render([.string("root scalar")]) == nil)
        #expect(YAMLBlockWriter.render([.map([])]) == nil)
        // Still rendered, by libyaml.
        #expect(YAMLEmitter.render([.map(["text": .string("two\nlines")])]) == "---\ntext: |-\n  two\n  lines\n")
        #expect(YAMLBlockWriter.render([.map([Document.Entry(String(repeating: "k", count: 128), .null)])]) != nil)
    }

    @Test func writesAnEmptyStreamAsNothing() {
        #expect(YAMLBlockWriter.render([]) == [])
        #expect(YAMLEmitter.renderWithLibYAML([]) == "")
    }
}
