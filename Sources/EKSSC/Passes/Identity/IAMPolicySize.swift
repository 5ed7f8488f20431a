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

    /// The number of non-white-space characters of the document's minified JSON text, counted
    /// without building the text (this runs for every role of a large file).
    public static func characterCount(_ document: Document) -> Int {
        switch document {
        case .null: 4
        case .bool(let value): value ? 4 : 5
        case .int(let value): String(value).count
        case .string(let value): quotedCount(value)
        // IAM documents never embed YAML; measure the inner document so the count stays total.
        case .yamlText(let inner): characterCount(inner)
        case .list(let items): 2 + max(0, items.count - 1) + items.reduce(0) { $0 + characterCount($1) }
        case .map(let entries):
            2 + max(0, entries.count - 1)
                + entries.reduce(0) { $0 + quotedCount($1.key) + 1 + characterCount($1.value) }
        }
    }

    /// The non-white-space characters of a JSON string literal of `text`: an escape counts all
    /// its characters, white space that JSON keeps as itself counts nothing.
    static func quotedCount(_ text: String) -> Int {
        var count = 2
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                count += 2
            case UInt8(ascii: " "):
                break
            case 0..<0x20:
                count += 6
            case 0x80..<0xC0:
                break  // a continuation byte: its scalar was counted at the lead byte
            default:
                count += 1
            }
        }
        return count
    }
}
