/// A strict JSON reader into `Document`, for the large inputs `ekssc diff` reads (`kubectl -o
/// json`, `aws ... --output json`): one pass over the bytes, keys in document order, values
/// resolved exactly as `YAMLReader` resolves the same text (JSON is YAML), without libyaml's
/// event stream. It also reads JSON's surrogate-pair escapes (`\ud83d\ude00`), which libyaml
/// refuses. Nil for anything it does not accept — the caller then reads the input as YAML,
/// which reports the error.
enum JSONDocumentReader {
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Document? {
        var parser = Parser(bytes: bytes)
        parser.skipWhitespace()
        guard let document = parser.value(depth: 0) else { return nil }
        parser.skipWhitespace()
        return parser.offset == bytes.count ? document : nil
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        mutating func skipWhitespace() {
            while offset < bytes.count {
                switch bytes[offset] {
                case 0x20, 0x09, 0x0A, 0x0D: offset += 1
                default: return
                }
            }
        }

        mutating func value(depth: Int) -> Document? {
            guard depth <= YAMLReader.nestingLimit, offset < bytes.count else { return nil }
            switch bytes[offset] {
            case UInt8(ascii: "{"): return object(depth: depth)
            case UInt8(ascii: "["): return array(depth: depth)
            case UInt8(ascii: "\""): return string().map(Document.string)
            case UInt8(ascii: "t"): return literal("true", .bool(true))
            case UInt8(ascii: "f"): return literal("false", .bool(false))
            case UInt8(ascii: "n"): return literal("null", .null)
            default: return number()
            }
        }

        private mutating func object(depth: Int) -> Document? {
            offset += 1
            var entries: [Document.Entry] = []
            var keys: Set<String> = []
            skipWhitespace()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
                offset += 1
                return .map(entries)
            }
            while true {
                skipWhitespace()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\""), let key = string() else { return nil }
                // Duplicate keys: a linear scan for short objects, a set past 16 keys.
                if entries.count < 16 {
                    guard !entries.contains(where: { $0.key == key }) else { return nil }
                } else {
                    if keys.isEmpty { keys = Set(entries.map(\.key)) }
                    guard keys.insert(key).inserted else { return nil }
                }
                skipWhitespace()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { return nil }
                offset += 1
                skipWhitespace()
                guard let value = value(depth: depth + 1) else { return nil }
                entries.append(Document.Entry(key, value))
                skipWhitespace()
                guard offset < bytes.count else { return nil }
                if bytes[offset] == UInt8(ascii: ",") { offset += 1; continue }
                guard bytes[offset] == UInt8(ascii: "}") else { return nil }
                offset += 1
                return .map(entries)
            }
        }

        private mutating func array(depth: Int) -> Document? {
            offset += 1
            var items: [Document] = []
            skipWhitespace()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
                offset += 1
                return .list(items)
            }
            while true {
                skipWhitespace()
                guard let item = value(depth: depth + 1) else { return nil }
                items.append(item)
                skipWhitespace()
                guard offset < bytes.count else { return nil }
                if bytes[offset] == UInt8(ascii: ",") { offset += 1; continue }
                guard bytes[offset] == UInt8(ascii: "]") else { return nil }
                offset += 1
                return .list(items)
            }
        }

        private mutating func literal(_ word: StaticString, _ value: Document) -> Document? {
            let count = word.utf8CodeUnitCount
            guard offset + count <= bytes.count else { return nil }
            for index in 0..<count where bytes[offset + index] != word.utf8Start[index] { return nil }
            offset += count
            return value
        }

        /// A JSON number; its text resolves as a plain YAML scalar would (integers to `.int`).
        private mutating func number() -> Document? {
            let start = offset
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") { offset += 1 }
            let digitsStart = offset
            while offset < bytes.count, Self.isDigit(bytes[offset]) { offset += 1 }
            guard offset > digitsStart, bytes[digitsStart] != UInt8(ascii: "0") || offset == digitsStart + 1 else {
                return nil
            }
            var isInteger = true
            if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
                isInteger = false
                offset += 1
                let fraction = offset
                while offset < bytes.count, Self.isDigit(bytes[offset]) { offset += 1 }
                guard offset > fraction else { return nil }
            }
            if offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "e") {
                isInteger = false
                offset += 1
                if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") {
                    offset += 1
                }
                let exponent = offset
                while offset < bytes.count, Self.isDigit(bytes[offset]) { offset += 1 }
                guard offset > exponent else { return nil }
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
            if isInteger, let value = Int(text) { return .int(value) }
            return .string(text)
        }

        /// A string at `offset` (on its opening quote), escapes decoded; nil on invalid escapes,
        /// control characters, lone surrogates or invalid UTF-8.
        private mutating func string() -> String? {
            offset += 1
            let start = offset
            // The common case: no escapes, one copy of the bytes.
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte == UInt8(ascii: "\"") {
                    let slice = UnsafeBufferPointer(rebasing: bytes[start..<offset])
                    offset += 1
                    return String(validating: slice, as: UTF8.self)
                }
                if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                offset += 1
            }
            var decoded = Array(UnsafeBufferPointer(rebasing: bytes[start..<offset]))
            while offset < bytes.count {
                let byte = bytes[offset]
                switch byte {
                case UInt8(ascii: "\""):
                    offset += 1
                    return String(validating: decoded, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    offset += 1
                    guard offset < bytes.count else { return nil }
                    let escape = bytes[offset]
                    offset += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
                    case UInt8(ascii: "b"): decoded.append(0x08)
                    case UInt8(ascii: "f"): decoded.append(0x0C)
                    case UInt8(ascii: "n"): decoded.append(0x0A)
                    case UInt8(ascii: "r"): decoded.append(0x0D)
                    case UInt8(ascii: "t"): decoded.append(0x09)
                    case UInt8(ascii: "u"):
                        guard let scalar = unicodeEscape() else { return nil }
                        decoded.append(contentsOf: String(Character(scalar)).utf8)
                    default:
                        return nil
                    }
                default:
                    guard byte >= 0x20 else { return nil }
                    decoded.append(byte)
                    offset += 1
                }
            }
            return nil
        }

        /// The scalar of `\uXXXX` (the `\u` already read), joining a surrogate pair.
        private mutating func unicodeEscape() -> Unicode.Scalar? {
            guard let high = hex4() else { return nil }
            if (0xD800...0xDBFF).contains(high) {
                guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u")
                else { return nil }
                offset += 2
                guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            }
            return Unicode.Scalar(high)
        }

        private mutating func hex4() -> UInt32? {
            guard offset + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[offset]
                let digit: UInt32
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
                default: return nil
                }
                value = value << 4 | digit
                offset += 1
            }
            return value
        }

        private static func isDigit(_ byte: UInt8) -> Bool {
            byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
        }
    }
}
