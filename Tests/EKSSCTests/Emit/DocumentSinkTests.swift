import Testing
@testable import EKSSC

/// `DocumentSink`: the same writes give the tree (`DocumentBuilder`) and the YAML events
/// (`YAMLEventWriter`) of one document, so a kind that writes itself has one definition.
@Suite struct DocumentSinkTests {
    /// Writes `document` node by node, as a kind that writes itself would.
    private static func write<Sink: DocumentSink>(_ document: Document, to sink: inout Sink) throws(Sink.Failure) {
        switch document {
        case .string(let value): try sink.string(value)
        case .int(let value): try sink.int(value)
        case .list(let items):
            try sink.sequenceStart(empty: items.isEmpty)
            for item in items { try write(item, to: &sink) }
            try sink.sequenceEnd()
        case .map(let entries):
            try sink.mappingStart(empty: entries.isEmpty)
            for entry in entries {
                try sink.string(entry.key)
                try write(entry.value, to: &sink)
            }
            try sink.mappingEnd()
        case .null, .bool, .yamlText:
            try sink.document(document)
        }
    }

    @Test(arguments: 0..<200)
    func buildsTheDocumentAndWritesItsYAML(seed: Int) throws {
        let document = RandomDocument.make(seed: UInt64(seed))
        #expect(DocumentBuilder.build { Self.write(document, to: &$0) } == document)
        var writer = try YAMLEventWriter()
        try writer.documentStart(explicit: true)
        try Self.write(document, to: &writer)
        try writer.documentEnd()
        #expect(try writer.finish() == YAMLEmitter.render([document]))
    }

    @Test func fixedKeysAndSelectorsMatchTheirDocuments() {
        let expressions = [LabelExpression(key: "tier", operator: .in, values: ["a", "b"]),
                           LabelExpression(key: "zone", operator: .exists, values: [])]
        let labels = [Label(key: "app", value: "web"), Label(key: "team", value: "on")]
        let built = DocumentBuilder.entries { sink in
            sink.key("podSelector")
            sink.selector(matching: labels, expressions: expressions)
            sink.key("empty")
            sink.selector(matching: [])
            sink.strings("policyTypes", ["Ingress", "Egress"])
            sink.key("port")
            sink.int(53)
        }
        #expect(built == [
            Document.Entry("podSelector", .map([
                Document.Entry("matchLabels", .map([Document.Entry("app", .string("web")),
                                                    Document.Entry("team", .string("on"))])),
                Document.Entry("matchExpressions", .list([
                    .map(["key": .string("tier"), "operator": .string("In"), "values": .strings(["a", "b"])]),
                    .map(["key": .string("zone"), "operator": .string("Exists")]),
                ])),
            ])),
            Document.Entry("empty", .map([])),
            Document.Entry("policyTypes", .strings(["Ingress", "Egress"])),
            Document.Entry("port", .int(53)),
        ])
    }
}
