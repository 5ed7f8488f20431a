/// `StringInterner`'s cache of short texts (1 to 15 bytes: keywords, most names, YAML keys), so
/// that a word repeated thousands of times is validated and made into a `String` once: a hit is
/// a hash of two words and one compare, where `String(decoding:)` validates the bytes and builds
/// the (inline, unallocated) string again each time.
///
/// Direct-mapped: each text has one slot, chosen by a hash of its bytes; a miss makes the string
/// and replaces what the slot held. The key is the bytes themselves packed with their count into
/// two words, so a hit is exact, and the string returned is always `String(decoding:)` of the
/// bytes looked up.
struct ShortTextCache {
    /// Longer texts go through `StringInterner`'s table, which shares their storage.
    static let maximumLength = 15
    private static let slotBits = 10

    private struct Slot {
        /// Bytes 0..<8, little-endian.
        var low: UInt64
        /// Bytes 8..<15, and the count in the top byte (never 0 in a used slot).
        var high: UInt64
        var string: String
    }

    private var slots: [Slot]

    init() {
        slots = Array(repeating: Slot(low: 0, high: 0, string: ""), count: 1 << Self.slotBits)
    }

    /// `String(decoding: bytes, as: UTF8.self)`, from the cache when the same bytes were seen.
    /// `bytes` must hold 1 to `maximumLength` bytes.
    mutating func string(for bytes: UnsafeBufferPointer<UInt8>) -> String {
        let count = bytes.count
        var low: UInt64 = 0
        var high = UInt64(truncatingIfNeeded: count) << 56
        for index in 0..<min(count, 8) { low |= UInt64(bytes[index]) << UInt64(8 * index) }
        if count > 8 {
            for index in 8..<count { high |= UInt64(bytes[index]) << UInt64(8 * (index - 8)) }
        }
        let mixed = (low &* 0x9E37_79B9_7F4A_7C15 ^ high) &* 0xBF58_476D_1CE4_E5B9
        let index = Int(truncatingIfNeeded: mixed >> UInt64(64 - Self.slotBits))
        if slots[index].low == low, slots[index].high == high { return slots[index].string }
        let string = String(decoding: bytes, as: UTF8.self)
        slots[index] = Slot(low: low, high: high, string: string)
        return string
    }
}
