import PropertyBased
import Testing
@testable import EKSSC

/// `read(render(x)) == x` for random documents, through both emitters.
@Suite struct DocumentRoundTripTests {
    static let documents = Gen.uint64().map { RandomDocument.make(seed: $0) }

    @Test func yamlRoundTripsRandomDocuments() async {
        await propertyCheck(count: 500, input: Self.documents) { document in
            let text = YAMLEmitter.render([document])
            let back = try YAMLReader.read(Array(text.utf8))
            #expect(back == [RandomDocument.readBackForm(document)], "\(text)")
        }
    }

    @Test func yamlRoundTripsRandomStreams() async {
        await propertyCheck(count: 100, input: Self.documents.array(of: 0...4)) { documents in
            let text = YAMLEmitter.render(documents)
            let back = try YAMLReader.read(Array(text.utf8))
            #expect(back == documents.map(RandomDocument.readBackForm), "\(text)")
        }
    }

    @Test func jsonRoundTripsRandomDocuments() async {
        await propertyCheck(count: 500, input: Self.documents) { document in
            let text = JSONEmitter.render(document)
            let back = try YAMLReader.read(Array(text.utf8))
            #expect(back == [RandomDocument.readBackForm(document)], "\(text)")
        }
    }

    @Test func randomStringsRoundTripAsKeysAndValues() {
        var generator = RandomDocument(seed: 20_261_127)
        for _ in 0..<2_000 {
            let value = generator.string()
            let document: Document = .map([Document.Entry(value, .list([.string(value)]))])
            let text = YAMLEmitter.render([document])
            #expect((try? YAMLReader.read(Array(text.utf8))) == [document], "\(text)")
            // libyaml writes the style the emitter asked for (it would fall back to single quotes
            // if it refused plain).
            let valueLine = YAMLEmitter.render([.map(["k": .string(value)])])
            switch YAMLScalarStyle.of(value) {
            case .plain: #expect(valueLine == "---\nk: \(value)\n")
            case .doubleQuoted: #expect(valueLine.hasPrefix("---\nk: \"") && valueLine.hasSuffix("\"\n"), "\(valueLine)")
            case .literal: #expect(valueLine.hasPrefix("---\nk: |") || valueLine.hasPrefix("---\nk: \""), "\(valueLine)")
            }
        }
    }
}
