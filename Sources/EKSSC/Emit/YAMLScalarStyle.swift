/// How the YAML emitter writes one string scalar.
///
/// A string is written plain only when it reads back as the same string under both the YAML 1.1
/// resolvers (PyYAML, yamllint, old Go YAML libraries: `yes`, `on`, `0755`, `1_000`, `12:30`,
/// dates) and YAML 1.2's core schema (`0o17`, `1e3`), and libyaml can write it plain. The check is
/// deliberately conservative: a string that merely *looks* numeric, like `1.2.3`, is quoted too.
enum YAMLScalarStyle: Equatable {
    case plain
    case doubleQuoted
    /// A `|` block; only for text whose line breaks are all `\n`, whose characters are all
    /// printable, that ends in at most one `\n` (a `|+` block makes libyaml end the stream with
    /// `...`) and has no two blank lines in a row (yamllint's `empty-lines`). libyaml itself
    /// still falls back to double quotes when a block cannot hold the text (a space before a break).
    case literal

    /// The style for `value`.
    static func of(_ value: String) -> YAMLScalarStyle {
        let scalars = Array(value.unicodeScalars)
        if scalars.contains("\n") {
            let printable = scalars.allSatisfy { $0 == "\n" || isPrintable($0) }
            let blockFriendly = !value.hasSuffix("\n\n") && value != "\n" && !value.contains("\n\n\n")
            return printable && blockFriendly ? .literal : .doubleQuoted
        }
        return canBePlain(scalars) ? .plain : .doubleQuoted
    }

    /// Words that YAML 1.1 or 1.2 resolve to booleans, null or special floats (compared
    /// lowercased), plus the 1.1 `value` and `merge` keys.
    private static let reservedWords: Set<String> = [
        "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~", "=", "<<",
        ".inf", "-.inf", "+.inf", ".nan",
    ]

    /// Characters that may start a plain scalar only when followed by a non-space character.
    private static let conditionalIndicators: Set<Unicode.Scalar> = ["-", "?", ":"]

    /// Characters that can never start a plain scalar.
    private static let indicators: Set<Unicode.Scalar> = [
        ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`",
    ]

    private static func canBePlain(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.first, let last = scalars.last else { return false }
        if first == " " || last == " " { return false }
        if !scalars.allSatisfy(isPrintable) { return false }
        let text = String(String.UnicodeScalarView(scalars))
        if reservedWords.contains(text.lowercased()) { return false }
        if text.hasPrefix("---") || text.hasPrefix("...") { return false }
        if indicators.contains(first) { return false }
        if conditionalIndicators.contains(first), scalars.count == 1 || scalars[1] == " " { return false }
        for (index, scalar) in scalars.enumerated() {
            if scalar == ":", index + 1 == scalars.count || scalars[index + 1] == " " { return false }
            if scalar == "#", index > 0, scalars[index - 1] == " " { return false }
        }
        return !looksNumeric(scalars)
    }

    /// True for anything an int, float, sexagesimal or timestamp resolver of YAML 1.1 or 1.2
    /// might accept: an optional sign, then a digit (or `.` and a digit), then only digits,
    /// `_ . : + -`, and the letters of `0x`/`0o`/`0b` prefixes, exponents and hex digits; or a
    /// `yyyy-` date prefix.
    private static func looksNumeric(_ scalars: [Unicode.Scalar]) -> Bool {
        var body = scalars[...]
        if let sign = body.first, sign == "-" || sign == "+" { body = body.dropFirst() }
        guard let head = body.first else { return false }
        let startsNumber = isDigit(head) || (head == "." && body.dropFirst().first.map(isDigit) == true)
        guard startsNumber else { return false }
        let datePrefix = body.count >= 5 && body.prefix(4).allSatisfy(isDigit)
            && body[body.startIndex + 4] == "-"
        if datePrefix { return true }
        return body.allSatisfy { numericCharacters.contains($0) }
    }

    private static let numericCharacters = Set("0123456789abcdefABCDEF_.:+-xXoO".unicodeScalars)

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// libyaml's printable set, minus the YAML 1.1 line breaks NEL, LS and PS and the BOM.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E: true
        case 0xA0...0xD7FF: scalar.value != 0x2028 && scalar.value != 0x2029
        case 0xE000...0xFFFD: scalar.value != 0xFEFF
        case 0x10000...0x10FFFF: true
        default: false
        }
    }
}
