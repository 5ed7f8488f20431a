/// Strict UTF-8 decoding of one scalar, for a lexer that works on raw bytes.
enum UTF8Decoding {
    /// The scalar starting at `index` and its length in bytes, or nil when the bytes there are not
    /// well-formed UTF-8 (a stray continuation byte, an overlong form, a surrogate, a value past
    /// U+10FFFF, or a truncated sequence).
    static func scalar(in bytes: [UInt8], at index: Int) -> (value: Unicode.Scalar, length: Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        var value: UInt32
        // The allowed range of the second byte depends on the lead byte (RFC 3629, section 4).
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0: length = 3; value = 0; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xED: length = 3; value = 0x0D; secondRange = 0x80...0x9F
        case 0xF0: length = 4; value = 0; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4; value = UInt32(lead & 0x07)
        case 0xF4: length = 4; value = 4; secondRange = 0x80...0x8F
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for position in 1..<length {
            let byte = bytes[index + position]
            guard position == 1 ? secondRange.contains(byte) : (0x80...0xBF).contains(byte) else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }
}
