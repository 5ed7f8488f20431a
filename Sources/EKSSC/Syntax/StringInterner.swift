#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One `String` per distinct byte sequence longer than a small string: the lexer's long words
/// and string values (ARNs, URLs), made and allocated once.
///
/// An open-addressing table keyed by an FNV-1a hash of the bytes. A slot remembers where in the
/// file its bytes first appeared, so a hit is one `memcmp` against the file (no `String` work)
/// and returns the stored string: no allocation, and equal strings share storage. The bytes
/// passed in must stay valid as long as the interner is used (the lexer's file buffer).
struct StringInterner {
    private struct Slot {
        var hash: UInt64
        var bytes: UnsafePointer<UInt8>?
        var count: Int
        var string: String
    }

    private var slots: [Slot?] = Array(repeating: nil, count: 1024)
    private var used = 0

    /// The interned string for `bytes` (decoded as UTF-8; the lexer passes only well-formed text).
    mutating func string(for bytes: UnsafeBufferPointer<UInt8>) -> String {
        // Up to 15 bytes a String is stored inline, without allocating: making it is cheaper
        // than looking it up (a large table misses the cache), and equal ones compare by value.
        if bytes.count <= 15 { return String(decoding: bytes, as: UTF8.self) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while let slot = slots[index] {
            if slot.hash == hash, slot.count == bytes.count,
               bytes.count == 0 || memcmp(slot.bytes!, bytes.baseAddress!, bytes.count) == 0 {
                return slot.string
            }
            index = (index + 1) & mask
        }
        let string = String(decoding: bytes, as: UTF8.self)
        slots[index] = Slot(hash: hash, bytes: bytes.baseAddress, count: bytes.count, string: string)
        used += 1
        if used * 2 > slots.count { grow() }
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
