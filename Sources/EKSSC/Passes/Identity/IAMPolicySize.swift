/// Measures policy documents the way IAM's size quotas do: the characters of the JSON text,
/// white space not counted.
public enum IAMPolicySize {
    /// IAM's limit for a role's trust policy.
    public static let trustPolicyLimit = 2_048
    /// IAM's limit for a role's inline policies, together.
    public static let inlinePolicyLimit = 10_240
    /// Managed policies a role may attach by default, and with a quota increase.
    public static let managedPolicyDefaultQuota = 10
    public static let managedPolicyMaximumQuota = 20

    /// The number of non-white-space characters of the document's minified JSON text.
    public static func characterCount(_ document: Document) -> Int {
        minifiedJSON(document).unicodeScalars.filter { !$0.properties.isWhitespace }.count
    }

    /// The document as JSON without any formatting white space; keys in the document's order.
    static func minifiedJSON(_ document: Document) -> String {
        switch document {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .int(let value): String(value)
        case .string(let value): quoted(value)
        case .yamlText(let inner): quoted(minifiedJSON(inner))
        case .list(let items): "[" + items.map(minifiedJSON).joined(separator: ",") + "]"
        case .map(let entries):
            "{" + entries.map { quoted($0.key) + ":" + minifiedJSON($0.value) }.joined(separator: ",") + "}"
        }
    }

    /// A JSON string literal.
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
                if scalar.value < 0x20 {
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
