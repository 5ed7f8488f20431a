import Testing
@testable import EKSSC

/// The JSON fast path of `YAMLReader` reads every JSON text exactly as the YAML path does: the
/// same documents, or (through the fallback) the same error.
@Suite struct JSONDocumentReaderTests {
    /// Both paths: the input as given (JSON first) and behind a YAML comment (libyaml only).
    static func bothPaths(_ text: String) -> (json: Result<[Document], YAMLReadError>, yaml: Result<[Document], YAMLReadError>) {
        let json = Result { () throws(YAMLReadError) in try YAMLReader.read(Array(text.utf8)) }
        let yaml = Result { () throws(YAMLReadError) in try YAMLReader.read(Array(("# yaml\n" + text).utf8)) }
        return (json, yaml)
    }

    @Test(arguments: [
        #"{"apiVersion": "v1", "kind": "List", "items": [{"a": 1}, {"b": [true, false, null]}]}"#,
        #"{"n": [0, -1, 1.5, 1e3, -0, 2E-2, 12345678901234567890, 9223372036854775807]}"#,
        #"{"s": "tab\there \"quoted\" back\\slash \/ \u00e9 \b\f\r\n", "raw": "héllo ✓"}"#,
        #"{"empty": {}, "list": [], "nested": [[[]]], "": "empty key"}"#,
        "  [1, \"two\", {\"three\": 3}]\n",
        #"{"yes": "yes", "on": "on", "null": "~", "num-string": "123"}"#,
    ])
    func readsJSONAsYAMLDoes(_ text: String) throws {
        let (json, yaml) = Self.bothPaths(text)
        #expect(try json.get() == yaml.get())
    }

    /// kubectl escapes characters outside the BMP as surrogate pairs, which JSON allows and
    /// libyaml refuses: the JSON path reads them.
    @Test func surrogatePairsDecodeToOneCharacter() throws {
        #expect(try YAMLReader.read(Array(#"{"s": "\ud83d\ude00"}"#.utf8)) == [.map([.init("s", .string("😀"))])])
    }

    @Test(arguments: [
        #"{"a": 1, "a": 2}"#,          // duplicate key: YAML's error
        #"{"a": 1,}"#,                  // not JSON: read as YAML
        #"{"a": "\ud800"}"#,            // lone surrogate
        #"{"a": 01}"#,                  // leading zero
        #"{"a": 1} {"b": 2}"#,          // two values
        "{\"a\": \"line\nbreak\"}",     // raw control character
    ])
    func whatJSONRefusesIsReadAsYAML(_ text: String) {
        let (json, yaml) = Self.bothPaths(text)
        switch (json, yaml) {
        case (.success(let a), .success(let b)): #expect(a == b)
        case (.failure(let a), .failure(let b)): #expect(a.message == b.message)
        default: Issue.record("the paths disagree on \(text): \(json) vs \(yaml)")
        }
    }

    /// Random documents rendered by the JSON emitter read back identically on both paths.
    @Test func randomEmittedDocumentsReadTheSameOnBothPaths() throws {
        var generator = SplitMix64(seed: 0x4A50)
        for round in 0..<300 {
            let document = Self.randomDocument(depth: 0, &generator)
            let text = JSONEmitter.render(document)
            let (json, yaml) = Self.bothPaths(text)
            #expect(try json.get() == yaml.get(), "round \(round): \(text)")
        }
    }

    static func randomDocument(depth: Int, _ generator: inout SplitMix64) -> Document {
        let choice = depth > 3 ? Int.random(in: 0..<4, using: &generator) : Int.random(in: 0..<6, using: &generator)
        switch choice {
        case 0: return .int(Int.random(in: -1_000_000...1_000_000, using: &generator))
        case 1: return .bool(Bool.random(using: &generator))
        case 2: return .null
        case 3: return .string(randomString(&generator))
        case 4:
            return .list((0..<Int.random(in: 0..<4, using: &generator)).map { _ in randomDocument(depth: depth + 1, &generator) })
        default:
            var seen = Set<String>()
            let keys = (0..<Int.random(in: 0..<4, using: &generator)).map { _ in randomString(&generator) }
                .filter { seen.insert($0).inserted }
            return .map(keys.map { Document.Entry($0, randomDocument(depth: depth + 1, &generator)) })
        }
    }

    static func randomString(_ generator: inout SplitMix64) -> String {
        let alphabet: [Unicode.Scalar] = ["a", "Z", "0", "7", " ", "-", ":", "#", "\"", "\\", "/", "\n", "\t", "\u{7F}",
                                          "\u{85}", "é", "✓", "\u{2028}", "😀", "\u{1}", "y", "n", "~", "."]
        var text = ""
        for _ in 0..<Int.random(in: 0..<8, using: &generator) {
            text.unicodeScalars.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)])
        }
        return text
    }
}
