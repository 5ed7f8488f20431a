/// How the YAML emitter writes one string scalar.
///
/// A string is written plain only when it reads back as the same string under both the YAML 1.1
/// resolvers (PyYAML, yamllint, old Go YAML libraries: `yes`, `on`, `0755`, `1_000`, `12:30`,
/// dates) and YAML 1.2's core schema (`0o17`, `1e3`), and libyaml can write it plain. The check is
/// deliberately conservative: a string that merely *looks* numeric, like `1.2.3`, is quoted too.
/// It works on UTF-8 bytes (every character it looks for is ASCII), since it runs for every
/// string of every output file.
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
        var value = value
        // The string's own UTF-8 storage, not a copy: this runs for every scalar written.
        return value.withUTF8 { of($0) }
    }

    /// The style for the string whose (valid) UTF-8 bytes are `bytes`.
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> YAMLScalarStyle {
        guard bytes.contains(UInt8(ascii: "\n")) else {
            return canBePlain(bytes) ? .plain : .doubleQuoted
        }
        // Rare (multi-line text): decided on the string.
        let value = String(decoding: bytes, as: UTF8.self)
        let printable = value.unicodeScalars.allSatisfy { $0 == "\n" || isPrintable($0) }
        let blockFriendly = !value.hasSuffix("\n\n") && value != "\n" && !value.contains("\n\n\n")
        return printable && blockFriendly ? .literal : .doubleQuoted
    }

    /// Words that YAML 1.1 or 1.2 resolve to booleans, null or special floats (compared
    /// lowercased, ASCII only: no other character lowercases to one of theirs), plus the 1.1
    /// `value` and `merge` keys. None is longer than five bytes.
    private static let reservedWords: [[UInt8]] = [
        "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~", "=", "<<",
        ".inf", "-.inf", "+.inf", ".nan",
    ].map { Array($0.utf8) }

    /// Whether `bytes`, ASCII-lowercased, is one of `reservedWords`.
    private static func isReservedWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Most short keys and values (`name`, `kind`, `Sid`, `TCP`) start with no reserved
        // word's first character: ruled out without walking the table.
        guard let first = bytes.first else { return false }
        switch first | (first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") ? 0x20 : 0) {
        case UInt8(ascii: "y"), UInt8(ascii: "n"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "o"),
             UInt8(ascii: "~"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: "."), UInt8(ascii: "-"),
             UInt8(ascii: "+"):
            break
        default:
            return false
        }
        return reservedWords.contains { word in
            word.count == bytes.count && zip(word, bytes).allSatisfy { expected, byte in
                let lowered = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
                return lowered == expected
            }
        }
    }

    private static func canBePlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        if first == space || last == space { return false }
        if bytes.count <= 5, isReservedWord(bytes) { return false }
        if bytes.count >= 3, bytes[0] == bytes[1], bytes[1] == bytes[2], first == dash || first == dot { return false }
        if isIndicator(first) { return false }
        if first == dash || first == question || first == colon, bytes.count == 1 || bytes[1] == space { return false }
        var asciiOnly = true
        var previous: UInt8 = 0
        for index in bytes.indices {
            let byte = bytes[index]
            if byte >= 0x80 {
                asciiOnly = false
            } else if byte < 0x20 || byte == 0x7F {
                return false
            } else if byte == colon, index + 1 == bytes.count || bytes[index + 1] == space {
                return false
            } else if byte == hash, previous == space {
                return false
            }
            previous = byte
        }
        if !asciiOnly, !String(decoding: bytes, as: UTF8.self).unicodeScalars.allSatisfy(isPrintable) { return false }
        return !looksNumeric(bytes)
    }

    /// True for anything an int, float, sexagesimal or timestamp resolver of YAML 1.1 or 1.2
    /// might accept: an optional sign, then a digit (or `.` and a digit), then only digits,
    /// `_ . : + -`, and the letters of `0x`/`0o`/`0b` prefixes, exponents and hex digits; or a
    /// `yyyy-` date prefix.
    private static func looksNumeric(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var body = bytes[...]
        if let sign = body.first, sign == dash || sign == plus { body = body.dropFirst() }
        guard let head = body.first else { return false }
        let startsNumber = isDigit(head) || (head == dot && body.dropFirst().first.map(isDigit) == true)
        guard startsNumber else { return false }
        let datePrefix = body.count >= 5 && body.prefix(4).allSatisfy(isDigit) && body[body.startIndex + 4] == dash
        if datePrefix { return true }
        return body.allSatisfy(isNumericCharacter)
    }

    private static let space = UInt8(ascii: " ")
    private static let dash = UInt8(ascii: "-")
    private static let plus = UInt8(ascii: "+")
    private static let dot = UInt8(ascii: ".")
    private static let colon = UInt8(ascii: ":")
    private static let question = UInt8(ascii: "?")
    private static let hash = UInt8(ascii: "#")

    /// Characters that can never start a plain scalar: `, [ ] { } # & * ! | > ' " % @` and backtick.
    private static func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
             UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
             UInt8(ascii: "`"):
            true
        default:
            false
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    /// Digits, hex letters, `x o`, and `_ . : + -`.
    private static func isNumericCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
             UInt8(ascii: "A")...UInt8(ascii: "F"), UInt8(ascii: "x"), UInt8(ascii: "X"), UInt8(ascii: "o"),
             UInt8(ascii: "O"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "+"),
             UInt8(ascii: "-"):
            true
        default:
            false
        }
    }

    /// libyaml 0.2.5's printable set (which stops at U+FFFD: it writes emoji and other
    /// supplementary-plane characters as `\U` escapes in double quotes), minus the YAML 1.1 line
    /// breaks LS and PS and the BOM.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E: true
        case 0xA0...0xD7FF: scalar.value != 0x2028 && scalar.value != 0x2029
        case 0xE000...0xFFFD: scalar.value != 0xFEFF
        default: false
        }
    }
}
