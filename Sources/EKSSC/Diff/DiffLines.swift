/// A normalised document laid out as YAML-style lines for the unified diff, each line knowing
/// the field path it shows (`spec.ingress[0].ports[0].port`), which names the hunks.
///
/// This is a display form only, never parsed back: block style, two-space indent, sequences
/// indented under their key, strings quoted (JSON style) whenever a plain scalar could be read
/// as something else.
struct DiffLines {
    struct Line: Equatable {
        var text: String
        var path: String
    }

    private(set) var lines: [Line] = []

    init(_ document: Document) {
        switch document {
        case .map(let entries): appendEntries(entries, indent: "", path: "")
        case .list(let items): appendItems(items, indent: "", path: "")
        default: lines.append(Line(text: Self.scalar(document), path: ""))
        }
    }

    var texts: [String] { lines.map(\.text) }

    private mutating func appendEntries(_ entries: [Document.Entry], indent: String, path: String,
                                        firstPrefix: String? = nil) {
        for (index, entry) in entries.enumerated() {
            let lead = index == 0 ? (firstPrefix ?? indent) : indent
            let childPath = path.isEmpty ? entry.key : "\(path).\(entry.key)"
            let key = Self.scalar(.string(entry.key))
            switch Self.unwrapped(entry.value) {
            case .map(let children) where !children.isEmpty:
                lines.append(Line(text: "\(lead)\(key):", path: childPath))
                appendEntries(children, indent: indent + "  ", path: childPath)
            case .list(let items) where !items.isEmpty:
                lines.append(Line(text: "\(lead)\(key):", path: childPath))
                appendItems(items, indent: indent + "  ", path: childPath)
            case let value:
                lines.append(Line(text: "\(lead)\(key): \(Self.scalar(value))", path: childPath))
            }
        }
    }

    private mutating func appendItems(_ items: [Document], indent: String, path: String) {
        for (index, item) in items.enumerated() {
            let itemPath = "\(path)[\(index)]"
            switch Self.unwrapped(item) {
            case .map(let entries) where !entries.isEmpty:
                appendEntries(entries, indent: indent + "  ", path: itemPath, firstPrefix: indent + "- ")
            case .list(let inner) where !inner.isEmpty:
                lines.append(Line(text: "\(indent)-", path: itemPath))
                appendItems(inner, indent: indent + "  ", path: itemPath)
            case let value:
                lines.append(Line(text: "\(indent)- \(Self.scalar(value))", path: itemPath))
            }
        }
    }

    private static func unwrapped(_ value: Document) -> Document {
        if case .yamlText(let inner) = value { return inner }
        return value
    }

    /// A scalar (or an empty collection) as one line of text.
    static func scalar(_ value: Document) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .string(let text): return isPlainSafe(text) ? text : quoted(text)
        case .list: return "[]"
        case .map: return "{}"
        case .yamlText(let inner): return scalar(inner)
        }
    }

    private static let reservedWords: Set<String> = [
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
    ]

    /// Whether `text` reads back as the same string when written plain.
    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if reservedWords.contains(text.lowercased()) { return false }
        if first == " " || last == " " || last == ":" { return false }
        if "-?:,[]{}#&*!|>'\"%@`0123456789.+".unicodeScalars.contains(first) {
            // Numbers, indicators and anything number-like are quoted; `-x`/`.x` words are fine
            // only when clearly not numeric, which is simplest to leave quoted.
            return false
        }
        if text.contains(": ") || text.contains(" #") { return false }
        return text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
    }

    /// A JSON-style double-quoted string.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
