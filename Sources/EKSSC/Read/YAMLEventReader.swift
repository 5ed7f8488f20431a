import CYaml

/// A libyaml parser over a byte buffer, handing out events one at a time.
///
/// The buffer must outlive the reader (libyaml reads it in place). Errors carry libyaml's
/// problem text (with its context, e.g. "while parsing a block mapping") and 1-based positions.
final class YAMLEventReader {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeBufferPointer<UInt8>
    /// One storage per distinct long scalar text of the stream (the verification keeps every
    /// document it reads).
    private var interner = StringInterner(slots: 64, maximumLength: 256)

    init(_ buffer: UnsafeBufferPointer<UInt8>) throws(YAMLReadError) {
        input = buffer
        parser = .allocate(capacity: 1)
        guard yaml_parser_initialize(parser) == 1 else {
            parser.deallocate()
            throw YAMLReadError(message: "cannot initialize the libyaml parser", line: 1, column: 1)
        }
        // libyaml needs a non-null pointer even for empty input.
        let emptyInput: StaticString = ""
        let start = buffer.baseAddress ?? emptyInput.utf8Start
        yaml_parser_set_input_string(parser, start, buffer.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// The next event of the stream.
    func next() throws(YAMLReadError) -> YAMLParserEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw error() }
        defer { yaml_event_delete(&event) }
        let line = Int(event.start_mark.line) + 1
        let column = Int(event.start_mark.column) + 1
        func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: $0) }
        }
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return YAMLParserEvent(kind: .streamStart, line: line, column: column)
        case YAML_STREAM_END_EVENT:
            return YAMLParserEvent(kind: .streamEnd, line: line, column: column)
        case YAML_DOCUMENT_START_EVENT:
            return YAMLParserEvent(kind: .documentStart, line: line, column: column)
        case YAML_DOCUMENT_END_EVENT:
            return YAMLParserEvent(kind: .documentEnd, line: line, column: column)
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let bytes = UnsafeBufferPointer(start: data.value, count: data.length)
            let scalar = YAMLParserEvent.Scalar(
                text: interner.string(for: bytes),
                isPlain: data.style == YAML_PLAIN_SCALAR_STYLE,
                tag: string(data.tag))
            return YAMLParserEvent(kind: .scalar(scalar), anchor: string(data.anchor), line: line, column: column)
        case YAML_SEQUENCE_START_EVENT:
            return YAMLParserEvent(kind: .sequenceStart, anchor: string(event.data.sequence_start.anchor),
                                   line: line, column: column)
        case YAML_SEQUENCE_END_EVENT:
            return YAMLParserEvent(kind: .sequenceEnd, line: line, column: column)
        case YAML_MAPPING_START_EVENT:
            return YAMLParserEvent(kind: .mappingStart, anchor: string(event.data.mapping_start.anchor),
                                   line: line, column: column)
        case YAML_MAPPING_END_EVENT:
            return YAMLParserEvent(kind: .mappingEnd, line: line, column: column)
        case YAML_ALIAS_EVENT:
            return YAMLParserEvent(kind: .alias(string(event.data.alias.anchor) ?? ""), line: line, column: column)
        default:
            throw YAMLReadError(message: "unexpected libyaml event", line: line, column: column)
        }
    }

    private func error() -> YAMLReadError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "cannot read the YAML text"
        let context = state.context.map { " " + String(cString: $0) } ?? ""
        if state.error == YAML_READER_ERROR {
            // Encoding errors carry a byte offset instead of a mark.
            let (line, column) = position(ofByte: state.problem_offset)
            return YAMLReadError(message: problem + context, line: line, column: column)
        }
        return YAMLReadError(message: problem + context,
                             line: Int(state.problem_mark.line) + 1,
                             column: Int(state.problem_mark.column) + 1)
    }

    /// The 1-based line and column (in characters) of a byte offset into the input.
    private func position(ofByte offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in input.prefix(max(0, offset)) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
