/// One `String` per distinct byte sequence: the lexer's words and string values, made once.
///
/// An open-addressing table keyed by an FNV-1a hash of the bytes; a hit compares the bytes with
/// the stored string's UTF-8 and returns the stored string (no allocation, and equal strings share
/// storage, so later comparisons are cheap).
struct StringInterner {
    private struct Slot {
        var hash: UInt64
        var string: String
    }

    private var slots: [Slot?] = Array(repeating: nil, count: 1024)
    private var count = 0

    /// The interned string for `bytes` (decoded as UTF-8; the lexer passes only well-formed text).
    mutating func string(for bytes: UnsafeBufferPointer<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while let slot = slots[index] {
            if slot.hash == hash, slot.string.utf8.elementsEqual(bytes) { return slot.string }
            index = (index + 1) & mask
        }
        let string = String(decoding: bytes, as: UTF8.self)
        slots[index] = Slot(hash: hash, string: string)
        count += 1
        if count * 2 > slots.count { grow() }
        return string
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: nil, count: old.count * 2)
        let mask = slots.count - 1
        for case let slot? in old {
            var index = Int(truncatingIfNeeded: slot.hash ^ (slot.hash >> 29)) & mask
            while slots[index] != nil { index = (index + 1) & mask }
            slots[index] = slot
        }
    }
}
