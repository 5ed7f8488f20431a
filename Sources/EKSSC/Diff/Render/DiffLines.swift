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

    /// Whether `text` reads back as the same string when written plain. Checked on UTF-8 bytes:
    /// every character that matters is ASCII, and this runs for every scalar of a live file.
    static func isPlainSafe(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last else { return false }
        if bytes.count <= 5, reservedWords.contains(text.lowercased()) { return false }
        if first == UInt8(ascii: " ") || last == UInt8(ascii: " ") || last == UInt8(ascii: ":") { return false }
        if firstCharacterNeedingQuotes.contains(first) {
            // Numbers, indicators and anything number-like are quoted; `-x`/`.x` words are fine
            // only when clearly not numeric, which is simplest to leave quoted.
            return false
        }
        var previous: UInt8 = 0
        for byte in bytes {
            // Control characters and DEL; ": " and " #" would start a mapping or a comment.
            if byte < 0x20 || byte == 0x7F { return false }
            if previous == UInt8(ascii: ":") && byte == UInt8(ascii: " ") { return false }
            if previous == UInt8(ascii: " ") && byte == UInt8(ascii: "#") { return false }
            previous = byte
        }
        return true
    }

    private static let firstCharacterNeedingQuotes = Set("-?:,[]{}#&*!|>'\"%@`0123456789.+".utf8)

    /// A JSON-style double-quoted string.
    static func quoted(_ text: String) -> String {
        var out = ""
        appendQuoted(text, to: &out)
        return out
    }

    /// `quoted(text)` appended to `out`.
    static func appendQuoted(_ text: String, to out: inout String) {
        // Most strings need no escape: copy them whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += "\""
            out += text
            out += "\""
            return
        }
        out += "\""
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
        out += "\""
    }
}
