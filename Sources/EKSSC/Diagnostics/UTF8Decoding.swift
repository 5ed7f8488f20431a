/// Strict UTF-8 decoding of one scalar: the one UTF-8 rule of the lexer, of columns in
/// diagnostics and of the renderer's display.
///
/// Well-formed means RFC 3629 / Unicode table 3-7: no overlong forms (C0, C1, E0 80..9F,
/// F0 80..8F), no surrogates (ED A0..BF), nothing past U+10FFFF, no truncated sequence. Every
/// byte that does not start a well-formed sequence is one invalid byte on its own (one column,
/// one `invalid UTF-8 byte` error), as the lexer sees it.
enum UTF8Decoding {
    /// The scalar starting at `index` and its length in bytes, or nil when the bytes there are not
    /// well-formed UTF-8 (a stray continuation byte, an overlong form, a surrogate, a value past
    /// U+10FFFF, or a truncated sequence).
    @inline(__always)
    static func scalar<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, at index: Int)
        -> (value: Unicode.Scalar, length: Int)? where Bytes.Index == Int {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        var value: UInt32
        // The allowed range of the second byte depends on the lead byte (RFC 3629, section 4).
        var secondLow: UInt8 = 0x80
        var secondHigh: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0: length = 3; value = 0; secondLow = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xED: length = 3; value = 0x0D; secondHigh = 0x9F
        case 0xF0: length = 4; value = 0; secondLow = 0x90
        case 0xF1...0xF3: length = 4; value = UInt32(lead & 0x07)
        case 0xF4: length = 4; value = 4; secondHigh = 0x8F
        default: return nil
        }
        guard index + length <= bytes.endIndex else { return nil }
        for position in 1..<length {
            let byte = bytes[index + position]
            let low = position == 1 ? secondLow : 0x80
            let high = position == 1 ? secondHigh : 0xBF
            guard byte >= low, byte <= high else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// The bytes of one column at `index`: a well-formed scalar's length, else 1.
    @inline(__always)
    static func columnLength<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, at index: Int) -> Int
        where Bytes.Index == Int {
        bytes[index] < 0x80 ? 1 : scalar(in: bytes, at: index)?.length ?? 1
    }
}
