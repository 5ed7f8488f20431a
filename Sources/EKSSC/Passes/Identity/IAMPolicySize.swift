/// Measures policy documents the way IAM's size quotas do: the characters of the JSON text,
/// white space not counted.
enum IAMPolicySize {
    /// IAM's limit for a role's trust policy.
    static let trustPolicyLimit = 2_048
    /// IAM's limit for a role's inline policies, together.
    static let inlinePolicyLimit = 10_240
    /// Managed policies a role may attach by default, and with a quota increase.
    static let managedPolicyDefaultQuota = 10
    static let managedPolicyMaximumQuota = 20

    /// The number of non-white-space characters of the document's minified JSON text, counted
    /// without building the text (this runs for every role of a large file).
    static func characterCount(_ document: Document) -> Int {
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

    /// The non-white-space characters of the JSON string literal of `text`, escaped exactly as
    /// `JSONEmitter` writes it: an escape counts all its characters, a space counts nothing, a
    /// non-ASCII character counts one.
    static func quotedCount(_ text: String) -> Int {
        // Printable ASCII other than `"` and `\` is copied by the emitter as it is: count it
        // without building the literal (the common case: ARNs, actions).
        var count = 2
        for byte in text.utf8 {
            guard byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") else {
                return escapedCount(text)
            }
            if byte != UInt8(ascii: " ") { count += 1 }
        }
        return count
    }

    /// `quotedCount` through the emitter's own escaping.
    private static func escapedCount(_ text: String) -> Int {
        var literal: [UInt8] = []
        JSONEmitter.writeString(text, into: &literal)
        // The literal has no raw line breaks or tabs left; continuation bytes belong to the
        // character counted at its lead byte.
        return literal.reduce(0) { count, byte in
            byte == UInt8(ascii: " ") || (0x80..<0xC0).contains(byte) ? count : count + 1
        }
    }
}
