#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One `String` per distinct byte sequence, so that a text repeated thousands of times (a
/// keyword, an ARN, `rbac.authorization.k8s.io/v1`) is made once: the lexer's words and string
/// values, and the scalars the YAML reader reads back.
///
/// Up to 15 bytes a `String` is stored inline, without allocating, but making it still validates
/// the bytes: those go through a `ShortTextCache` (bytes packed into two words, one compare).
/// Longer texts go through an open-addressing table keyed by an FNV-1a hash, and every copy
/// shares the stored string's allocation; a hit is one `memcmp` against its UTF-8, so the bytes
/// looked up need not outlive the call.
struct StringInterner {
    private struct Slot {
        var hash: UInt64
        var string: String
    }

    /// Longer texts are made directly, never kept (the YAML reader: long texts are rare and
    /// seldom repeated).
    private let maximumLength: Int
    private var slots: [Slot?]
    private var used = 0
    private var shortTexts = ShortTextCache()

    init(slots: Int = 1024, maximumLength: Int = .max) {
        precondition(slots > 0 && slots & (slots - 1) == 0, "a power of two")
        self.slots = Array(repeating: nil, count: slots)
        self.maximumLength = maximumLength
    }

    /// The interned string for `bytes` (decoded as UTF-8; callers pass well-formed text).
    mutating func string(for bytes: UnsafeBufferPointer<UInt8>) -> String {
        if bytes.count <= ShortTextCache.maximumLength {
            return bytes.isEmpty ? "" : shortTexts.string(for: bytes)
        }
        guard bytes.count <= maximumLength else { return String(decoding: bytes, as: UTF8.self) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while let slot = slots[index] {
            if slot.hash == hash, Self.holds(slot.string, bytes) { return slot.string }
            index = (index + 1) & mask
        }
        let string = String(decoding: bytes, as: UTF8.self)
        slots[index] = Slot(hash: hash, string: string)
        used += 1
        if used * 2 > slots.count { grow() }
        return string
    }

    /// Whether `string`'s UTF-8 is exactly `bytes` (interned strings are native: contiguous).
    private static func holds(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard string.utf8.count == bytes.count else { return false }
        var string = string
        return string.withUTF8 { stored in memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
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
