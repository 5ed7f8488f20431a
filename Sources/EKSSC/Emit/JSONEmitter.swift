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
public enum JSONEmitter {
    public static func render(_ document: Document) -> String {
        var output = ""
        write(document, indent: 0, into: &output)
        output += "\n"
        return output
    }

    private static func write(_ document: Document, indent: Int, into output: inout String) {
        switch document {
        case .null:
            output += "null"
        case .bool(let value):
            output += value ? "true" : "false"
        case .int(let value):
            output += String(value)
        case .string(let value):
            writeString(value, into: &output)
        case .yamlText(let inner):
            writeString((try? YAMLEmitter.renderStream([inner], explicitStart: false)) ?? "", into: &output)
        case .list(let items):
            guard !items.isEmpty else {
                output += "[]"
                return
            }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                write(item, indent: indent + 2, into: &output)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "]"
        case .map(let entries):
            guard !entries.isEmpty else {
                output += "{}"
                return
            }
            output += "{\n"
            for (index, entry) in entries.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                writeString(entry.key, into: &output)
                output += ": "
                write(entry.value, indent: indent + 2, into: &output)
                output += index == entries.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "}"
        }
    }

    /// A JSON string literal for `value`.
    static func writeString(_ value: String, into output: inout String) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\u{00}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{2028}", "\u{2029}", "\u{FFFE}", "\u{FFFF}":
                let hex = String(scalar.value, radix: 16, uppercase: false)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
