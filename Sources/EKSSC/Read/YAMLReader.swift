/// Reads YAML streams (and JSON, which is YAML's flow style) through libyaml's parser into
/// documents.
enum YAMLReader {
    /// How many bytes aliases may add to one document before it is refused ("billion laughs").
    static let aliasExpansionLimit = 10_000_000
    /// How deeply sequences and mappings may nest.
    static let nestingLimit = 512

    /// Every document of the stream, in order. Plain scalars resolve like YAML 1.2's core schema
    /// (`true`/`false`, `null`/`~`/empty, decimal integers); quoted and block scalars, and
    /// `!!str`-tagged ones, are always strings. Mappings keep their order; a duplicate key is an
    /// error. Aliases are resolved, up to `aliasExpansionLimit` added bytes per document.
    ///
    /// libyaml reads YAML 1.1, where U+0085, U+2028 and U+2029 are line breaks: a JSON string
    /// holding one of them raw (rather than as `\u2028`) is folded or refused. Floats stay strings.
    static func read(_ bytes: [UInt8]) throws(YAMLReadError) -> [Document] {
        try bytes.withUnsafeBufferPointer { (buffer) throws(YAMLReadError) -> [Document] in try read(buffer, keepingKinds: nil) }
    }

    /// The documents of the stream whose top-level `kind` is a string in `kinds`, in order.
    ///
    /// Every document is read with every check `read(_:)` makes (libyaml's syntax, duplicate
    /// keys, aliases and their expansion, nesting), so a stream one of them refuses is refused
    /// here too; but a mapping whose `kind` entry (once read) names another kind is not built:
    /// its remaining nodes are checked and dropped as they are read.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, keepingKinds kinds: Set<String>) throws(YAMLReadError) -> [Document] {
        try read(bytes, keepingKinds: Optional(kinds))
    }

    private static func read(_ buffer: UnsafeBufferPointer<UInt8>, keepingKinds kinds: Set<String>?)
        throws(YAMLReadError) -> [Document] {
        // JSON (what kubectl and aws print) is YAML: a direct reader, several times faster
        // than libyaml's events; anything it does not accept is read as YAML below.
        if let first = buffer.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }),
           first == UInt8(ascii: "{") || first == UInt8(ascii: "["),
           let document = JSONDocumentReader.read(buffer) {
            guard let kinds else { return [document] }
            return DocumentBuilder.isKept(document, kinds: kinds) ? [document] : []
        }
        var builder = try DocumentBuilder(events: YAMLEventReader(buffer), keptKinds: kinds)
        return try builder.readStream()
    }

    /// Turns the event stream into documents, one node at a time.
    private struct DocumentBuilder {
        /// A built node and its size in bytes once every alias in it is expanded.
        typealias Node = (document: Document, size: Int)

        let events: YAMLEventReader
        /// Only documents of these kinds are built and returned (nil: every document).
        let keptKinds: Set<String>?
        /// Whether the current document's nodes are only checked, not built: its `kind` is not
        /// kept. Its nodes stand in as `skippedScalar` and `skippedCollection`, which no caller
        /// sees: the document is dropped.
        var skipping = false
        /// Anchored nodes of the current document.
        var anchors: [String: Node] = [:]
        /// Bytes added by aliases in the current document.
        var aliasBytes = 0
        /// The items of the sequences being read, innermost last.
        var itemStack: [Document] = []
        /// The entries of the mappings being read, innermost last.
        var entryStack: [Document.Entry] = []

        init(events: YAMLEventReader, keptKinds: Set<String>? = nil) {
            self.events = events
            self.keptKinds = keptKinds
        }

        /// What a skipped scalar (without an anchor) or collection is read as: never returned.
        static let skippedScalar = Document.null
        /// A collection is never a mapping key: an alias to a skipped one, used as a key, is
        /// refused as it would be built (`key(_:depth:)`).
        static let skippedCollection = Document.list([])

        /// Whether a built document is one of `kinds` (the filter `readStream` applies to
        /// documents whose `kind` comes too late, or not at all, to skip them while reading).
        static func isKept(_ document: Document, kinds: Set<String>) -> Bool {
            kinds.contains(document["kind"]?.stringValue ?? "")
        }

        mutating func readStream() throws(YAMLReadError) -> [Document] {
            var documents: [Document] = []
            while true {
                let event = try events.next()
                switch event.kind {
                case .streamStart, .documentEnd:
                    continue
                case .streamEnd:
                    return documents
                case .documentStart:
                    anchors = [:]
                    aliasBytes = 0
                    skipping = false
                    let document = try node(after: events.next(), depth: 0).document
                    if let keptKinds {
                        guard !skipping, Self.isKept(document, kinds: keptKinds) else { continue }
                    }
                    documents.append(document)
                default:
                    throw YAMLReadError(message: "unexpected event outside a document", line: event.line, column: event.column)
                }
            }
        }

        private mutating func node(after event: YAMLParserEvent, depth: Int) throws(YAMLReadError) -> Node {
            guard depth <= YAMLReader.nestingLimit else {
                throw YAMLReadError(message: "nesting deeper than \(YAMLReader.nestingLimit) levels",
                                    line: event.line, column: event.column)
            }
            let built: Node
            switch event.kind {
            case .scalar(let scalar):
                // Skipped: only an anchored scalar's value can still matter (as an aliased key).
                let value = skipping && event.anchor == nil ? Self.skippedScalar : Self.resolve(scalar)
                built = (value, scalar.text.utf8.count + 1)
            case .alias(let name):
                guard let target = anchors[name] else {
                    throw YAMLReadError(message: "found undefined alias '\(name)'", line: event.line, column: event.column)
                }
                aliasBytes += target.size
                guard aliasBytes <= YAMLReader.aliasExpansionLimit else {
                    throw YAMLReadError(message: "aliases expand the document beyond 10 MB",
                                        line: event.line, column: event.column)
                }
                return target
            case .sequenceStart:
                built = try sequence(depth: depth)
            case .mappingStart:
                built = try mapping(depth: depth)
            default:
                throw YAMLReadError(message: "expected a node", line: event.line, column: event.column)
            }
            if let anchor = event.anchor {
                anchors[anchor] = built
            }
            return built
        }

        private mutating func sequence(depth: Int) throws(YAMLReadError) -> Node {
            // Items gather on a stack shared by every sequence being read; the finished list is
            // copied out at its exact size (the verification keeps every document it reads).
            let base = itemStack.count
            var size = 1
            while true {
                let event = try events.next()
                if case .sequenceEnd = event.kind {
                    guard !skipping else { return (Self.skippedCollection, size) }
                    // Copied through a buffer pointer: `Array(slice)` would share the stack's
                    // storage when the slice is all of it, and the stack would then be copied.
                    let items = itemStack[base...].withUnsafeBufferPointer { Array($0) }
                    itemStack.removeLast(itemStack.count - base)
                    return (.list(items), size)
                }
                let item = try node(after: event, depth: depth + 1)
                if !skipping { itemStack.append(item.document) }
                size += item.size
            }
        }

        private mutating func mapping(depth: Int) throws(YAMLReadError) -> Node {
            // Entries gather on a shared stack too. Duplicate keys: a linear scan for the short
            // mappings nearly every document is made of, a set once a mapping grows past
            // `linearKeyLimit` keys.
            let base = entryStack.count
            var keys: Set<String> = []
            var size = 1
            while true {
                let keyEvent = try events.next()
                if case .mappingEnd = keyEvent.kind {
                    guard !skipping else {
                        entryStack.removeLast(entryStack.count - base)
                        return (Self.skippedCollection, size)
                    }
                    let entries = entryStack[base...].withUnsafeBufferPointer { Array($0) }
                    entryStack.removeLast(entryStack.count - base)
                    return (.map(entries), size)
                }
                let key = try self.key(keyEvent, depth: depth)
                let isDuplicate: Bool
                if entryStack.count - base < Self.linearKeyLimit {
                    isDuplicate = entryStack[base...].contains { $0.key == key }
                } else {
                    if keys.isEmpty { keys = Set(entryStack[base...].map(\.key)) }
                    isDuplicate = !keys.insert(key).inserted
                }
                guard !isDuplicate else {
                    throw YAMLReadError(message: "duplicate key '\(key)'", line: keyEvent.line, column: keyEvent.column)
                }
                let value = try node(after: events.next(), depth: depth + 1)
                // A skipped mapping keeps its keys (for the duplicate check), not its values.
                entryStack.append(Document.Entry(key, skipping ? Self.skippedScalar : value.document))
                size += key.utf8.count + 1 + value.size
                // The document's own mapping: once its `kind` is known not to be kept, the rest
                // of the document is checked without being built.
                if depth == 0, !skipping, let keptKinds, key == "kind",
                   !keptKinds.contains(value.document.stringValue ?? "") {
                    skipping = true
                }
            }
        }

        /// Up to this many keys, a mapping's keys are checked for duplicates without a set.
        static let linearKeyLimit = 16

        /// A mapping key: the text of a scalar (or of an alias to one), whatever it resolves to.
        private mutating func key(_ event: YAMLParserEvent, depth: Int) throws(YAMLReadError) -> String {
            switch event.kind {
            case .scalar(let scalar):
                if let anchor = event.anchor {
                    anchors[anchor] = (Self.resolve(scalar), scalar.text.utf8.count + 1)
                }
                return scalar.text
            case .alias:
                switch try node(after: event, depth: depth + 1).document {
                case .string(let text): return text
                case .int(let value): return String(value)
                case .bool(let value): return value ? "true" : "false"
                case .null: return ""
                default: break
                }
            default:
                break
            }
            throw YAMLReadError(message: "mapping keys must be scalars", line: event.line, column: event.column)
        }

        /// The value of a scalar under YAML 1.2's core schema, restricted to what documents hold.
        static func resolve(_ scalar: YAMLParserEvent.Scalar) -> Document {
            guard scalar.isPlain, scalar.tag != "tag:yaml.org,2002:str" else { return .string(scalar.text) }
            // Decided on the first byte before any comparison of texts: most plain scalars
            // (names, kinds, ARNs) are none of the words below and no number.
            guard let first = scalar.text.utf8.first else { return .null }
            switch first {
            case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
                 UInt8(ascii: "f"), UInt8(ascii: "F"):
                guard scalar.text.utf8.count <= 5 else { return .string(scalar.text) }
            case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                break
            default:
                return .string(scalar.text)
            }
            switch scalar.text {
            case "", "~", "null", "Null", "NULL": return .null
            case "true", "True", "TRUE": return .bool(true)
            case "false", "False", "FALSE": return .bool(false)
            default: break
            }
            let digits = scalar.text.utf8.drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
            let isDecimal = !digits.isEmpty && scalar.text.utf8.count - digits.count <= 1
                && digits.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            if isDecimal, let value = Int(scalar.text) {
                return .int(value)
            }
            return .string(scalar.text)
        }
    }
}
