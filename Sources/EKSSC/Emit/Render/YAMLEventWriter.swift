import CYaml

/// A libyaml emitter writing into a growable memory buffer.
///
/// Owns the C `yaml_emitter_t` for the lifetime of one stream. Events go in through the typed
/// methods below; `finish()` ends the stream and returns the text. The settings are the ones
/// every ekssc YAML file uses: UTF-8 output with non-ASCII characters written as-is, 2-space
/// indent, no line folding, `\n` line breaks.
final class YAMLEventWriter {
    /// Why libyaml refused an event; never expected, since the writer only produces well-formed
    /// event sequences.
    struct Failure: Error {
        var problem: String
    }

    /// The bytes libyaml has written so far; the output handler appends to it.
    private final class ByteSink {
        var bytes: [UInt8] = []
    }

    /// The capacity the output buffer starts with: most files fit, so it seldom grows.
    static let initialCapacity = 16 * 1_024

    private let emitter: UnsafeMutablePointer<yaml_emitter_t>
    private let sink = ByteSink()

    init(capacity: Int = YAMLEventWriter.initialCapacity) throws(Failure) {
        sink.bytes.reserveCapacity(capacity)
        emitter = .allocate(capacity: 1)
        guard yaml_emitter_initialize(emitter) == 1 else {
            emitter.deallocate()
            throw Failure(problem: "cannot initialize the libyaml emitter")
        }
        yaml_emitter_set_unicode(emitter, 1)
        yaml_emitter_set_width(emitter, -1)
        yaml_emitter_set_indent(emitter, 2)
        yaml_emitter_set_break(emitter, YAML_LN_BREAK)
        yaml_emitter_set_output(emitter, { context, buffer, size in
            guard let context, let buffer else { return 0 }
            let sink = Unmanaged<ByteSink>.fromOpaque(context).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
            return 1
        }, Unmanaged.passUnretained(sink).toOpaque())
        try emit { yaml_stream_start_event_initialize($0, YAML_UTF8_ENCODING) }
    }

    deinit {
        yaml_emitter_delete(emitter)
        emitter.deallocate()
    }

    /// Starts a document; `explicit` writes the `---` marker.
    func documentStart(explicit: Bool) throws(Failure) {
        try emit { yaml_document_start_event_initialize($0, nil, nil, nil, explicit ? 0 : 1) }
    }

    /// Ends a document without a `...` marker.
    func documentEnd() throws(Failure) {
        try emit { yaml_document_end_event_initialize($0, 1) }
    }

    /// A scalar with an implicit tag: the reader resolves plain scalars by their text and reads
    /// every quoted or block scalar as a string.
    func scalar(_ text: String, style: yaml_scalar_style_t) throws(Failure) {
        var text = text
        // The string's own UTF-8 storage (inline for short strings): no copy on the Swift side.
        // `withUTF8` only rethrows untyped errors: the failure comes out as a value.
        if let failure = text.withUTF8({ buffer in attempt { () throws(Failure) in try scalar(utf8: buffer, style: style) } }) {
            throw failure
        }
    }

    /// A string scalar in the style `YAMLScalarStyle` picks for it, decided on the same bytes
    /// that are handed to libyaml.
    func string(_ text: String) throws(Failure) {
        var text = text
        let failure = text.withUTF8 { buffer in
            let style = switch YAMLScalarStyle.of(buffer) {
            case .plain: YAML_PLAIN_SCALAR_STYLE
            case .doubleQuoted: YAML_DOUBLE_QUOTED_SCALAR_STYLE
            case .literal: YAML_LITERAL_SCALAR_STYLE
            }
            return attempt { () throws(Failure) in try scalar(utf8: buffer, style: style) }
        }
        if let failure { throw failure }
    }

    /// A fixed key or word that `YAMLScalarStyle` writes plain (`apiVersion`, `null`), written
    /// without deciding its style again.
    func plain(_ text: StaticString) throws(Failure) {
        assert(YAMLScalarStyle.of(text.description) == .plain || text.description == "null"
                   || text.description == "true" || text.description == "false", "\(text) is not plain")
        try scalar(utf8: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount),
                   style: YAML_PLAIN_SCALAR_STYLE)
    }

    /// A scalar from valid UTF-8 bytes, which libyaml copies into its event.
    func scalar(utf8 buffer: UnsafeBufferPointer<UInt8>, style: yaml_scalar_style_t) throws(Failure) {
        // libyaml wants a non-null pointer even for an empty value.
        let empty: StaticString = ""
        let start = buffer.count == 0 ? empty.utf8Start : buffer.baseAddress ?? empty.utf8Start
        try emit { yaml_scalar_event_initialize($0, nil, nil, start, Int32(clamping: buffer.count), 1, 1, style) }
    }

    /// Starts a sequence; an empty one is written in flow style as `[]`.
    func sequenceStart(empty: Bool) throws(Failure) {
        let style = empty ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE
        try emit { yaml_sequence_start_event_initialize($0, nil, nil, 1, style) }
    }

    func sequenceEnd() throws(Failure) {
        try emit { yaml_sequence_end_event_initialize($0) }
    }

    /// Starts a mapping; an empty one is written in flow style as `{}`.
    func mappingStart(empty: Bool) throws(Failure) {
        let style = empty ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE
        try emit { yaml_mapping_start_event_initialize($0, nil, nil, 1, style) }
    }

    func mappingEnd() throws(Failure) {
        try emit { yaml_mapping_end_event_initialize($0) }
    }

    /// Ends the stream and returns everything written.
    func finish() throws(Failure) -> String {
        try emit { yaml_stream_end_event_initialize($0) }
        guard yaml_emitter_flush(emitter) == 1 else { throw failure() }
        return String(decoding: sink.bytes, as: UTF8.self)
    }

    /// Runs `body`, returning its failure instead of throwing it.
    @inline(__always)
    private func attempt(_ body: () throws(Failure) -> Void) -> Failure? {
        do {
            try body()
            return nil
        } catch {
            return error
        }
    }

    /// Initializes an event with `initialize` and hands it to the emitter, which takes ownership.
    @inline(__always)
    private func emit(_ initialize: (UnsafeMutablePointer<yaml_event_t>) -> Int32) throws(Failure) {
        var event = yaml_event_t()
        guard initialize(&event) == 1 else {
            throw Failure(problem: "cannot create a libyaml event")
        }
        guard yaml_emitter_emit(emitter, &event) == 1 else { throw failure() }
    }

    private func failure() -> Failure {
        Failure(problem: emitter.pointee.problem.map { String(cString: $0) } ?? "unknown libyaml emitter error")
    }
}
