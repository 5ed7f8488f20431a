import Testing
@testable import EKSSC

/// `YAMLReader.read(_:keepingKinds:)`, which the proof reads the rendered manifests with: it must
/// return exactly what reading every document and keeping those of the given kinds returns, and
/// refuse exactly what that refuses (with the same message and position), although it does not
/// build the documents of other kinds.
@Suite struct YAMLKindFilterTests {
    static let kinds: Set<String> = ["NetworkPolicy", "Role"]

    private func filtered(_ text: String) -> Result<[Document], YAMLReadError> {
        var text = text
        return text.withUTF8 { bytes in
            Result { () throws(YAMLReadError) in try YAMLReader.read(bytes, keepingKinds: Self.kinds) }
        }
    }

    /// The definition the filtered reading must match: every document built, then filtered.
    private func reference(_ text: String) -> Result<[Document], YAMLReadError> {
        Result { () throws(YAMLReadError) in
            try YAMLReader.read(Array(text.utf8)).filter { Self.kinds.contains($0["kind"]?.stringValue ?? "") }
        }
    }

    @Test func keepsOnlyTheGivenKindsWhereverKindStands() throws {
        let yaml = """
            kind: ServiceAccount
            metadata: {name: a, labels: {x: "1"}}
            ---
            apiVersion: v1
            metadata: {name: b}
            kind: NetworkPolicy
            spec: {podSelector: {}}
            ---
            metadata: &m {name: c}
            kind: ExternalSecret
            spec: {ref: *m, items: [1, 2, {a: b}]}
            ---
            - kind: NetworkPolicy
            ---
            plain
            ---
            kind: 7
            ---
            kind: !!str Role
            rules: []
            ---
            metadata: {name: d}
            ---
            kind: "NetworkPolicy"
            spec: {}

            """
        let got = try filtered(yaml).get()
        #expect(got == (try reference(yaml).get()))
        #expect(got.map { $0["kind"]?.stringValue } == ["NetworkPolicy", "Role", "NetworkPolicy"])
        #expect(got.first?["metadata"]?["name"]?.stringValue == "b")
    }

    /// Each of these is refused inside a document of a kind that is not kept, and so not built.
    @Test(arguments: [
        // A duplicate key after `kind`, at the top and nested.
        "kind: ServiceAccount\nmetadata: {}\nmetadata: {}\n",
        "kind: ServiceAccount\nmetadata:\n  name: a\n  labels: {x: 1, x: 2}\n",
        // A duplicate `kind`.
        "kind: ServiceAccount\nkind: NetworkPolicy\n",
        "kind: NetworkPolicy\nkind: ServiceAccount\n",
        // An undefined alias, an aliased collection used as a key, a non-scalar key.
        "kind: Secret\ndata: *missing\n",
        "kind: Secret\na: &c [1]\n*c : x\n",
        "kind: Secret\n? {a: b}\n: c\n",
        // An aliased scalar used as a key that then repeats a key.
        "kind: Secret\nk: &n name\nname: 1\n*n : 2\n",
        // libyaml's own errors.
        "kind: Secret\nk: [1, 2\n",
        "kind: Secret\nk: \"open\n",
        "kind: Secret\nk: v\t\u{01}\n",
        // A later document refused after a skipped one.
        "kind: Secret\n---\nkind: Role\nrules: [a, b\n",
    ])
    func refusesWhatTheFullReadingRefuses(_ text: String) {
        guard case .failure(let expected) = reference(text) else {
            Issue.record("the reference reading accepted \(text)")
            return
        }
        #expect(filtered(text) == .failure(expected))
    }

    @Test func refusesDeepNestingAndAliasBombsInSkippedDocuments() {
        let deep = "kind: Secret\ndata: " + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "\n"
        guard case .failure(let tooDeep) = reference(deep) else {
            Issue.record("the reference reading accepted 600 levels")
            return
        }
        #expect(tooDeep.message == "nesting deeper than 512 levels")
        #expect(filtered(deep) == .failure(tooDeep))
        var bomb = "kind: ConfigMap\na0: &a0 [\"\(String(repeating: "lol", count: 100))\"]\n"
        for level in 1...9 {
            bomb += "a\(level): &a\(level) [\(Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", "))]\n"
        }
        guard case .failure(let expected) = reference(bomb) else {
            Issue.record("the reference reading accepted the alias bomb")
            return
        }
        #expect(expected.message == "aliases expand the document beyond 10 MB")
        #expect(filtered(bomb) == .failure(expected))
    }

    @Test func readsJSONTheSameWay() throws {
        for json in [#"{"kind": "Role", "rules": []}"#, #"{"kind": "Secret"}"#, #"[{"kind": "Role"}]"#] {
            #expect(try filtered(json).get() == (try reference(json).get()))
        }
    }

    /// Random streams of documents built from a few kinds, keys, anchors and aliases (some
    /// invalid): the filtered reading agrees with the reference on each, result or error.
    @Test func agreesWithTheFullReadingOnGeneratedStreams() {
        var random = SplitMix64(seed: 0x5EC_0DD)
        let kinds = ["NetworkPolicy", "Role", "Secret", "\"Role\"", "7", "[Role]", "*k"]
        let keys = ["a", "b", "kind", "metadata", "*k", "spec"]
        func value(_ depth: Int) -> String {
            switch random.next(depth > 2 ? 3 : 6) {
            case 0: return ["x", "1", "true", "~", "\"q\""][random.next(5)]
            case 1: return "*k"
            case 2: return "&k v\(random.next(3))"
            case 3: return "[" + (0..<random.next(3)).map { _ in value(depth + 1) }.joined(separator: ", ") + "]"
            case 4: return "&k [\(value(depth + 1))]"
            default:
                return "{" + (0..<random.next(3)).map { _ in "\(keys[random.next(keys.count)]): \(value(depth + 1))" }
                    .joined(separator: ", ") + "}"
            }
        }
        var accepted = 0, kept = 0, refused = 0
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<(1 + random.next(3)) {
                text += "---\n"
                var lines = ["kind: \(kinds[random.next(kinds.count)])"]
                for _ in 0..<random.next(4) { lines.append("\(keys[random.next(keys.count)]): \(value(0))") }
                lines.swapAt(0, random.next(lines.count))
                text += lines.joined(separator: "\n") + "\n"
            }
            let expected = reference(text)
            #expect(filtered(text) == expected, "\(text)")
            switch expected {
            case .success(let documents): accepted += 1; kept += documents.isEmpty ? 0 : 1
            case .failure: refused += 1
            }
        }
        // The streams cover all three outcomes, not only one.
        #expect(accepted > 40 && kept > 20 && refused > 40, "\(accepted) accepted, \(kept) with kept documents, \(refused) refused")
    }
}
