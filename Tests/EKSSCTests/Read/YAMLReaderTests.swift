import Testing
@testable import EKSSC

@Suite struct YAMLReaderTests {
    private func read(_ text: String) throws(YAMLReadError) -> [Document] {
        try YAMLReader.read(Array(text.utf8))
    }

    @Test func readsKubectlStyleJSON() throws {
        let json = """
            {
                "apiVersion": "v1",
                "items": [
                    {
                        "apiVersion": "v1",
                        "kind": "ServiceAccount",
                        "metadata": {
                            "annotations": {"eks.amazonaws.com/role-arn": "arn:aws:iam::1:role/app"},
                            "name": "app",
                            "namespace": "shop",
                            "resourceVersion": "12345",
                            "uid": "0b7c-11"
                        },
                        "automountServiceAccountToken": false
                    }
                ],
                "kind": "List",
                "metadata": {"resourceVersion": ""},
                "count": 1,
                "next": null
            }
            """
        #expect(try read(json) == [.map([
            "apiVersion": .string("v1"),
            "items": .list([.map([
                "apiVersion": .string("v1"),
                "kind": .string("ServiceAccount"),
                "metadata": .map([
                    "annotations": .map(["eks.amazonaws.com/role-arn": .string("arn:aws:iam::1:role/app")]),
                    "name": .string("app"),
                    "namespace": .string("shop"),
                    "resourceVersion": .string("12345"),
                    "uid": .string("0b7c-11"),
                ]),
                "automountServiceAccountToken": .bool(false),
            ])]),
            "kind": .string("List"),
            "metadata": .map(["resourceVersion": .string("")]),
            "count": .int(1),
            "next": .null,
        ])])
    }

    @Test func readsCompactAndTabIndentedJSON() throws {
        let expected: [Document] = [.map(["a": .list([.int(1), .string("x"), .map([:])]), "b": .bool(true)])]
        #expect(try read(#"{"a":[1,"x",{}],"b":true}"#) == expected)
        #expect(try read("{\n\t\"a\": [\n\t\t1,\n\t\t\"x\",\n\t\t{}\n\t],\n\t\"b\": true\n}\n") == expected)
    }

    @Test func readsMultiDocumentStreams() throws {
        let yaml = """
            ---
            kind: A
            ---
            kind: B
            ...
            --- plain
            ---

            """
        #expect(try read(yaml) == [.map(["kind": .string("A")]), .map(["kind": .string("B")]), .string("plain"), .null])
        #expect(try read("") == [])
        #expect(try read("# only a comment\n") == [])
    }

    @Test(arguments: [
        ("true", Document.bool(true)), ("True", .bool(true)), ("FALSE", .bool(false)),
        ("null", .null), ("~", .null), ("", .null), ("NULL", .null),
        ("42", .int(42)), ("-7", .int(-7)), ("+3", .int(3)), ("007", .int(7)),
        ("9223372036854775807", .int(.max)), ("9223372036854775808", .string("9223372036854775808")),
        ("yes", .string("yes")), ("on", .string("on")), ("1.5", .string("1.5")), ("0x1F", .string("0x1F")),
        ("1e3", .string("1e3")), ("1_000", .string("1_000")), ("-x", .string("-x")),
        ("\"true\"", .string("true")), ("'42'", .string("42")), ("\"\"", .string("")), ("!!str 12", .string("12")),
        ("|\n  text\n", .string("text\n")), (">-\n  a\n  b\n", .string("a b")),
    ])
    func resolvesScalars(_ text: String, _ expected: Document) throws {
        #expect(try read("k: \(text)") == [.map(["k": expected])])
    }

    @Test func keepsKeyOrderAndReadsKeysAsText() throws {
        #expect(try read("z: 1\na: 2\n1: x\ntrue: y\n~: n\n") == [.map([
            "z": .int(1), "a": .int(2), "1": .string("x"), "true": .string("y"), "~": .string("n"),
        ])])
    }

    @Test func resolvesAnchorsAndAliases() throws {
        let yaml = """
            base: &labels
              app: shop
              tier: web
            copy: *labels
            list: [&one 1, *one]
            key: &k name
            *k : value

            """
        let labels: Document = .map(["app": .string("shop"), "tier": .string("web")])
        #expect(try read(yaml) == [.map([
            "base": labels, "copy": labels, "list": .list([.int(1), .int(1)]),
            "key": .string("name"), "name": .string("value"),
        ])])
    }

    @Test func refusesBillionLaughs() {
        var yaml = "a0: &a0 [\"\(String(repeating: "lol", count: 100))\"]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(refs)]\n"
        }
        let error = #expect(throws: YAMLReadError.self) { try read(yaml) }
        #expect(error?.message == "aliases expand the document beyond 10 MB")
        #expect(error?.line == 6)
    }

    @Test(arguments: [
        ("a: 1\na: 2\n", YAMLReadError(message: "duplicate key 'a'", line: 2, column: 1)),
        ("k: *missing\n", YAMLReadError(message: "found undefined alias 'missing'", line: 1, column: 4)),
        ("? [a]\n: b\n", YAMLReadError(message: "mapping keys must be scalars", line: 1, column: 3)),
        ("k: [1, 2\n", YAMLReadError(message: "did not find expected ',' or ']' while parsing a flow sequence", line: 2, column: 1)),
        ("a: b\n c: d\n", YAMLReadError(message: "mapping values are not allowed in this context", line: 2, column: 3)),
        ("{\"a\": 1,, }", YAMLReadError(message: "did not find expected node content while parsing a flow node", line: 1, column: 9)),
        ("k: \"open\n", YAMLReadError(message: "found unexpected end of stream while scanning a quoted scalar", line: 2, column: 1)),
        ("k: v\t\u{01}\n", YAMLReadError(message: "control characters are not allowed", line: 1, column: 6)),
        ("a: 1\nk: é\u{01}\n", YAMLReadError(message: "control characters are not allowed", line: 2, column: 5)),
    ])
    func reportsErrorsWithPositions(_ text: String, _ expected: YAMLReadError) {
        #expect(throws: expected) { try read(text) }
    }

    @Test func refusesDeepNesting() {
        let yaml = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(throws: YAMLReadError(message: "nesting deeper than 512 levels", line: 1, column: 514)) { try read(yaml) }
    }
}
