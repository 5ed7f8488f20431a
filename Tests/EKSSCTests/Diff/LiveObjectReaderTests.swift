import Testing
@testable import EKSSC

@Suite struct LiveObjectReaderTests {
    static func read(_ text: String) throws(DiffError) -> [Document] {
        try LiveObjectReader.read(Array(text.utf8), source: "live.yaml")
    }

    @Test func singleObjectAndNestedLists() throws {
        let objects = try Self.read("""
            apiVersion: v1
            kind: Namespace
            metadata: {name: a}
            ---
            apiVersion: v1
            kind: List
            items:
              - {apiVersion: v1, kind: List, items: [{apiVersion: v1, kind: Namespace, metadata: {name: b}}]}
            ---
            """)
        #expect(objects.compactMap { $0["metadata"]?["name"]?.stringValue } == ["a", "b"])
    }

    @Test func typedListItemsTakeKindFromTheList() throws {
        let objects = try Self.read(#"{"apiVersion": "v1", "kind": "NamespaceList", "items": [{"metadata": {"name": "x"}}]}"#)
        #expect(objects.first?["kind"] == .string("Namespace"))
        #expect(objects.first?["apiVersion"] == .string("v1"))
    }

    @Test func emptyInputHasNoObjects() throws {
        #expect(try Self.read("") == [])
        #expect(try Self.read("{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": []}") == [])
    }

    @Test(arguments: [
        ("- a\n- b\n", "cannot read live objects from 'live.yaml': document 1 is not a Kubernetes object (expected a mapping with 'kind')"),
        ("kind: Namespace\n", "cannot read live objects from 'live.yaml': document 1 ('Namespace') lacks 'apiVersion' or 'metadata.name'"),
        ("kind: List\nitems: 3\n", "cannot read live objects from 'live.yaml': document 1 has 'items' that is not a list"),
    ])
    func malformedInput(text: String, message: String) {
        #expect(throws: DiffError(message)) { try Self.read(text) }
    }

    @Test func invalidYAMLReportsThePosition() {
        #expect(throws: DiffError.self) { try Self.read("kind: [unclosed\n") }
        do {
            _ = try Self.read("{\"kind\": \"List\",\n  \"items\": [}\n")
        } catch {
            #expect(error.message.hasPrefix("cannot read live objects from 'live.yaml': 2:"))
        }
    }
}
