/// A structured output document: the value tree that every emitted YAML and JSON file is
/// rendered from, and that live state is read back into for `ekssc diff`.
///
/// Mappings keep their entries in the order given: each output kind fixes its key order
/// (apiVersion, kind, metadata, spec...; Version, Statement; Sid, Effect, Principal, ...), so the
/// rendered bytes never depend on hashing.
///
/// Not `indirect` as a whole: lists and mappings already hold their elements in arrays, and a
/// string of up to 15 UTF-8 bytes is stored inline, so most values need no allocation of their
/// own (a build holds millions of them). Only `.yamlText`, which nests a document directly, is
/// boxed.
enum Document: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case list([Document])
    case map([Entry])
    /// A string whose text is this document rendered as YAML (aws-auth's `mapRoles`, `mapUsers`):
    /// the emitter renders it through the same YAML emitter, as a literal block scalar.
    indirect case yamlText(Document)

    /// One key and its value in a mapping.
    struct Entry: Hashable, Sendable {
        var key: String
        var value: Document

        init(_ key: String, _ value: Document) {
            self.key = key
            self.value = value
        }
    }

    /// A mapping from key/value pairs in the order given; pairs whose value is nil are left out,
    /// so optional fields can be written inline.
    static func map(_ pairs: KeyValuePairs<String, Document?>) -> Document {
        // Sized once: passes build hundreds of thousands of these.
        var entries: [Entry] = []
        entries.reserveCapacity(pairs.count)
        for (key, value) in pairs {
            if let value { entries.append(Entry(key, value)) }
        }
        return .map(entries)
    }

    /// A list of strings.
    static func strings(_ values: [String]) -> Document {
        .list(values.map(Document.string))
    }

    /// The value at `key` of a mapping; nil for a missing key or a non-mapping.
    subscript(key: String) -> Document? {
        guard case .map(let entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }

    var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    var listValue: [Document]? {
        if case .list(let values) = self { return values }
        return nil
    }

    var entries: [Entry]? {
        if case .map(let entries) = self { return entries }
        return nil
    }
}
