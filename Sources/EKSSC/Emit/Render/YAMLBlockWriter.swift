/// Writes YAML streams straight into bytes, exactly as `YAMLEventWriter` (libyaml's emitter with
/// ekssc's settings) writes them, for the documents nearly every output file holds: block
/// mappings and sequences of plain and double-quoted scalars.
///
/// libyaml analyses every scalar, copies it into an event and writes it a character at a time;
/// at tens of thousands of files that was a large share of `build`. This writer makes the same
/// layout decisions libyaml makes for this subset (2-space indent, sequences at their key's
/// indentation, `- ` items holding their first key on the same line, empty collections as `{}`
/// and `[]`, libyaml's double-quote escapes) and gives up, returning nil, on anything else:
/// `|` blocks, `.yamlText`, a key libyaml would not write as a simple key (over 128 bytes or with
/// a line break), a document that is not a non-empty mapping or sequence. `YAMLEmitter` then
/// renders the whole stream through libyaml. `YAMLBlockWriterTests` compares both on random
/// documents.
struct YAMLBlockWriter {
    /// The text so far; reused from file to file by `render(_:into:)`.
    private(set) var bytes: [UInt8]

    /// The stream's bytes, or nil when a document is outside the subset.
    static func render(_ documents: [Document]) -> [UInt8]? {
        var writer = YAMLBlockWriter(bytes: [])
        writer.bytes.reserveCapacity(2_048)
        return writer.write(documents) ? writer.bytes : nil
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func write(_ documents: [Document]) -> Bool {
        for document in documents {
            append("---")
            switch document {
            case .map(let entries) where !entries.isEmpty:
                guard mapping(entries, indent: 0, inlineFirst: false) else { return false }
            case .list(let items) where !items.isEmpty:
                guard sequence(items, indent: 0, inlineFirst: false) else { return false }
            default:
                return false
            }
            bytes.append(Self.newline)
        }
        return true
    }

    /// A non-empty block mapping whose keys start at column `indent`. With `inlineFirst` the
    /// first key follows a `- ` already written; otherwise every key starts a new line.
    private mutating func mapping(_ entries: [Document.Entry], indent: Int, inlineFirst: Bool) -> Bool {
        for (index, entry) in entries.enumerated() {
            if index > 0 || !inlineFirst { newLine(indent: indent) }
            guard key(entry.key) else { return false }
            bytes.append(UInt8(ascii: ":"))
            switch entry.value {
            case .map(let inner) where !inner.isEmpty:
                guard mapping(inner, indent: indent + 2, inlineFirst: false) else { return false }
            case .list(let items) where !items.isEmpty:
                // A sequence as a mapping value sits at the key's indentation.
                guard sequence(items, indent: indent, inlineFirst: false) else { return false }
            default:
                bytes.append(Self.space)
                guard scalar(entry.value) else { return false }
            }
        }
        return true
    }

    /// A non-empty block sequence whose `- ` start at column `indent`; with `inlineFirst` the
    /// first `- ` follows a `- ` already written (a sequence in a sequence).
    private mutating func sequence(_ items: [Document], indent: Int, inlineFirst: Bool) -> Bool {
        for (index, item) in items.enumerated() {
            if index > 0 || !inlineFirst { newLine(indent: indent) }
            bytes.append(Self.dash)
            bytes.append(Self.space)
            switch item {
            case .map(let entries) where !entries.isEmpty:
                guard mapping(entries, indent: indent + 2, inlineFirst: true) else { return false }
            case .list(let inner) where !inner.isEmpty:
                guard sequence(inner, indent: indent + 2, inlineFirst: true) else { return false }
            default:
                guard scalar(item) else { return false }
            }
        }
        return true
    }

    /// A scalar or an empty collection, after whatever precedes it on the line.
    private mutating func scalar(_ value: Document) -> Bool {
        switch value {
        case .null: append("null")
        case .bool(let flag): append(flag ? "true" : "false")
        case .int(let number): appendDecimal(number)
        case .string(let text): return string(text, isKey: false)
        case .map: append("{}")
        case .list: append("[]")
        case .yamlText: return false
        }
        return true
    }

    /// A mapping key: libyaml writes a key as a simple key (`key:`) only when it has no line
    /// break and at most 128 bytes; the others are left to it.
    private mutating func key(_ text: String) -> Bool {
        string(text, isKey: true)
    }

    private mutating func string(_ text: String, isKey: Bool) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            if isKey, utf8.count > 128 { return false }
            switch YAMLScalarStyle.of(utf8) {
            case .plain:
                bytes.append(contentsOf: utf8)
                return true
            case .doubleQuoted:
                if isKey, Self.hasLineBreak(utf8) { return false }
                doubleQuoted(utf8)
                return true
            case .literal:
                return false
            }
        }
    }

    /// libyaml's double-quoted scalar without line folding (the width is unlimited): printable
    /// characters as they are, the rest as `\0 \a \b \t \n \v \f \r \e \" \\ \N \L \P` or
    /// `\xXX`, `\uXXXX`, `\UXXXXXXXX` with uppercase hex digits.
    private mutating func doubleQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            if byte >= 0x20 && byte <= 0x7E && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                bytes.append(byte)
                index += 1
                continue
            }
            let width = byte < 0x80 ? 1 : byte & 0xE0 == 0xC0 ? 2 : byte & 0xF0 == 0xE0 ? 3 : 4
            if byte >= 0x80, Self.isPrintable(utf8, at: index), !Self.isBreak(utf8, at: index) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[index..<(index + width)]))
                index += width
                continue
            }
            var value = UInt32(width == 1 ? byte : width == 2 ? byte & 0x1F : width == 3 ? byte & 0x0F : byte & 0x07)
            for offset in 1..<width {
                value = value << 6 | UInt32(utf8[index + offset] & 0x3F)
            }
            index += width
            bytes.append(UInt8(ascii: "\\"))
            switch value {
            case 0x00: bytes.append(UInt8(ascii: "0"))
            case 0x07: bytes.append(UInt8(ascii: "a"))
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0B: bytes.append(UInt8(ascii: "v"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x1B: bytes.append(UInt8(ascii: "e"))
            case 0x22: bytes.append(UInt8(ascii: "\""))
            case 0x5C: bytes.append(UInt8(ascii: "\\"))
            case 0x85: bytes.append(UInt8(ascii: "N"))
            case 0xA0: bytes.append(UInt8(ascii: "_"))
            case 0x2028: bytes.append(UInt8(ascii: "L"))
            case 0x2029: bytes.append(UInt8(ascii: "P"))
            default:
                let digits = value <= 0xFF ? 2 : value <= 0xFFFF ? 4 : 8
                bytes.append(UInt8(ascii: digits == 2 ? "x" : digits == 4 ? "u" : "U"))
                for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
                    let digit = UInt8(truncatingIfNeeded: value >> UInt32(shift)) & 0x0F
                    bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "A") + digit - 10)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// libyaml's `IS_PRINTABLE` for the (valid UTF-8) character starting at `index` with a
    /// lead byte of 0x80 or more: U+00A0–U+D7FF and U+E000–U+FFFD but U+FEFF; nothing beyond
    /// the Basic Multilingual Plane.
    private static func isPrintable(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let lead = utf8[index]
        switch lead {
        case 0xC2: return utf8[index + 1] >= 0xA0
        case 0xC3..<0xED, 0xEE: return true
        case 0xED: return utf8[index + 1] < 0xA0
        case 0xEF:
            let second = utf8[index + 1], third = utf8[index + 2]
            return !(second == 0xBB && third == 0xBF) && !(second == 0xBF && (third == 0xBE || third == 0xBF))
        default: return false
        }
    }

    /// libyaml's `IS_BREAK`: `\r`, `\n`, U+0085, U+2028, U+2029.
    private static func isBreak(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        switch utf8[index] {
        case 0x0A, 0x0D: true
        case 0xC2: utf8[index + 1] == 0x85
        case 0xE2: utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9)
        default: false
        }
    }

    private static func hasLineBreak(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in utf8.indices where isBreak(utf8, at: index) { return true }
        return false
    }

    private mutating func newLine(indent: Int) {
        bytes.append(Self.newline)
        for _ in 0..<indent { bytes.append(Self.space) }
    }

    private mutating func append(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// `number` in decimal, without making a `String`.
    private mutating func appendDecimal(_ number: Int) {
        if number < 0 { bytes.append(Self.dash) }
        var magnitude = number.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(20 - count)...]))
        }
    }

    private static let newline = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")
    private static let dash = UInt8(ascii: "-")
}
