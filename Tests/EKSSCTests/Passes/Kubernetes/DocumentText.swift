@testable import EKSSC

/// A test-only text form of a `Document`: indented JSON that keeps mapping order, writes ints
/// bare and strings quoted, and marks embedded YAML as `!yaml <document>`. Comparing this text
/// checks the exact value and the key order, and a failure shows a readable diff.
enum DocumentText {
    static func render(_ document: Document) -> String {
        var out = ""
        write(document, indent: "", into: &out)
        return out
    }

    private static func write(_ document: Document, indent: String, into out: inout String) {
        let inner = indent + "  "
        switch document {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .string(let value): out += quoted(value)
        case .yamlText(let embedded):
            out += "!yaml "
            write(embedded, indent: indent, into: &out)
        case .list(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += inner
                write(item, indent: inner, into: &out)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .map(let entries):
            guard !entries.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, entry) in entries.enumerated() {
                out += inner + quoted(entry.key) + ": "
                write(entry.value, indent: inner, into: &out)
                out += index == entries.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
