/// Renders a document as JSON with 2-space indentation, keys in the document's order, and one
/// trailing newline.
///
/// `"key": value`; empty objects and arrays inline as `{}` and `[]`; strings escaped per
/// RFC 8259 (`\"`, `\\`, `\n`, `\r`, `\t`, `\b`, `\f`, other control characters as `\u00XX`;
/// `/` and non-ASCII characters written as-is). `.yamlText` becomes the rendered YAML as a string.
///
/// Also escaped, so that YAML 1.1 parsers (libyaml, PyYAML) read the JSON back unchanged: DEL and
/// the C1 controls (U+007F–U+009F, which libyaml refuses raw), the line separators U+2028 and
/// U+2029 (which YAML 1.1 folds like line breaks, as it does U+0085), and the noncharacters
/// U+FFFE and U+FFFF.
enum JSONEmitter {
    static func render(_ document: Document) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(1_024)
        write(document, indent: 0, into: &output)
        output.append(newline)
        return String(decoding: output, as: UTF8.self)
    }

    private static let newline = UInt8(ascii: "\n")

    private static func write(_ document: Document, indent: Int, into output: inout [UInt8]) {
        switch document {
        case .null:
            output += "null".utf8
        case .bool(let value):
            output += (value ? "true" : "false").utf8
        case .int(let value):
            output += String(value).utf8
        case .string(let value):
            writeString(value, into: &output)
        case .yamlText(let inner):
            writeString((try? YAMLEmitter.renderStream([inner], explicitStart: false)) ?? "", into: &output)
        case .list(let items):
            guard !items.isEmpty else {
                output += "[]".utf8
                return
            }
            output += "[\n".utf8
            for (index, item) in items.enumerated() {
                output += repeatElement(UInt8(ascii: " "), count: indent + 2)
                write(item, indent: indent + 2, into: &output)
                output += (index == items.count - 1 ? "\n" : ",\n").utf8
            }
            output += repeatElement(UInt8(ascii: " "), count: indent)
            output.append(UInt8(ascii: "]"))
        case .map(let entries):
            guard !entries.isEmpty else {
                output += "{}".utf8
                return
            }
            output += "{\n".utf8
            for (index, entry) in entries.enumerated() {
                output += repeatElement(UInt8(ascii: " "), count: indent + 2)
                writeString(entry.key, into: &output)
                output += ": ".utf8
                write(entry.value, indent: indent + 2, into: &output)
                output += (index == entries.count - 1 ? "\n" : ",\n").utf8
            }
            output += repeatElement(UInt8(ascii: " "), count: indent)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// A JSON string literal for `value`, appended as UTF-8.
    static func writeString(_ value: String, into output: inout [UInt8]) {
        var value = value
        // The string's own UTF-8 storage: this runs for every key and string written.
        value.withUTF8 { writeString(utf8: $0, into: &output) }
    }

    private static func writeString(utf8 bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""): output += #"\""#.utf8
            case UInt8(ascii: "\\"): output += #"\\"#.utf8
            case UInt8(ascii: "\n"): output += #"\n"#.utf8
            case UInt8(ascii: "\r"): output += #"\r"#.utf8
            case UInt8(ascii: "\t"): output += #"\t"#.utf8
            case 0x08: output += #"\b"#.utf8
            case 0x0C: output += #"\f"#.utf8
            case 0x00..<0x20, 0x7F: escape(UInt32(byte), into: &output)
            case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                // U+0080–U+009F
                escape(UInt32(bytes[index + 1]), into: &output)
                index += 1
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (0xA8...0xA9).contains(bytes[index + 2]):
                // U+2028, U+2029
                escape(0x2000 + UInt32(bytes[index + 2] & 0x3F), into: &output)
                index += 2
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && (0xBE...0xBF).contains(bytes[index + 2]):
                // U+FFFE, U+FFFF
                escape(0xFFC0 + UInt32(bytes[index + 2] & 0x3F), into: &output)
                index += 2
            default:
                output.append(byte)
            }
            index += 1
        }
        output.append(UInt8(ascii: "\""))
    }

    /// `\uXXXX` with lowercase hex digits.
    private static func escape(_ value: UInt32, into output: inout [UInt8]) {
        output += #"\u"#.utf8
        for shift in stride(from: 12, through: 0, by: -4) {
            let digit = UInt8(truncatingIfNeeded: value >> UInt32(shift)) & 0xF
            output.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
        }
    }
}
