/// A `DocumentSink` that builds the `Document` tree of what is written to it: the tree of a
/// kind that writes itself, for `diff` and the tests (the output files get the events).
struct DocumentBuilder: DocumentSink {
    typealias Failure = Never

    /// A mapping or sequence still open: its children so far, and for a mapping the key whose
    /// value is due.
    private enum Open {
        case mapping([Document.Entry], key: String?)
        case sequence([Document])
    }

    private var open: [Open] = []
    /// The outermost value once it is complete.
    private(set) var result: Document?

    init() {}

    /// The document that `write` writes.
    static func build(_ write: (inout DocumentBuilder) -> Void) -> Document {
        var builder = DocumentBuilder()
        write(&builder)
        guard let result = builder.result, builder.open.isEmpty else {
            preconditionFailure("an incomplete document was written")
        }
        return result
    }

    /// The entries of the one mapping that `write` writes the contents of (keys and values,
    /// without starting or ending it).
    static func entries(_ write: (inout DocumentBuilder) -> Void) -> [Document.Entry] {
        build { builder in
            builder.mappingStart(empty: false)
            write(&builder)
            builder.mappingEnd()
        }.entries ?? []
    }

    mutating func mappingStart(empty: Bool) {
        open.append(.mapping([], key: nil))
    }

    mutating func mappingEnd() {
        guard case .mapping(let entries, nil)? = open.popLast() else {
            preconditionFailure("mappingEnd without an open mapping, or a key without a value")
        }
        add(.map(entries))
    }

    mutating func sequenceStart(empty: Bool) {
        open.append(.sequence([]))
    }

    mutating func sequenceEnd() {
        guard case .sequence(let items)? = open.popLast() else { preconditionFailure("sequenceEnd without an open sequence") }
        add(.list(items))
    }

    mutating func string(_ value: String) {
        add(.string(value))
    }

    mutating func key(_ key: StaticString) {
        add(.string(key.description))
    }

    mutating func int(_ value: Int) {
        add(.int(value))
    }

    mutating func document(_ value: Document) {
        add(value)
    }

    /// Adds a finished value to the innermost open collection: a mapping's key when one is due.
    /// Each collection is taken off the stack while it grows, so its array is never copied.
    private mutating func add(_ value: Document) {
        guard let innermost = open.popLast() else {
            precondition(result == nil, "a second outermost value was written")
            result = value
            return
        }
        switch consume innermost {
        case .mapping(var entries, let key?):
            entries.append(Document.Entry(key, value))
            open.append(.mapping(entries, key: nil))
        case .mapping(let entries, nil):
            guard case .string(let key) = value else { preconditionFailure("a mapping key must be a string") }
            open.append(.mapping(entries, key: key))
        case .sequence(var items):
            items.append(value)
            open.append(.sequence(items))
        }
    }
}
