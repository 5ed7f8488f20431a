/// Hands out one shared `String` per distinct scalar text read from one YAML stream.
///
/// Strings of up to 15 UTF-8 bytes are stored inline and need nothing; longer ones each get
/// their own heap storage. A manifest repeats many long texts (`app.kubernetes.io/managed-by`,
/// `rbac.authorization.k8s.io/v1`, role ARNs), and the verification keeps every document it
/// reads: sharing one storage per text saves much of that memory and the allocations.
/// Texts over `maximumLength` bytes are rare and never repeated; they are not kept.
struct ScalarInterner {
    /// Longer texts are made directly.
    static let maximumLength = 256

    /// Open addressing, linear probing; a power-of-two number of slots, at most half full.
    private var slots: [String?] = Array(repeating: nil, count: 64)
    private var hashes: [UInt64] = Array(repeating: 0, count: 64)
    private var count = 0

    /// The string with these (valid UTF-8) bytes: the one made earlier for the same bytes, when
    /// there was one.
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.count > 15, bytes.count <= Self.maximumLength else {
            return String(decoding: bytes, as: UTF8.self)
        }
        let hash = Self.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while let existing = slots[slot] {
            if hashes[slot] == hash, Self.equal(existing, bytes) { return existing }
            slot = (slot + 1) & (slots.count - 1)
        }
        let made = String(decoding: bytes, as: UTF8.self)
        slots[slot] = made
        hashes[slot] = hash
        count += 1
        if count * 2 > slots.count { grow() }
        return made
    }

    private mutating func grow() {
        let old = zip(slots, hashes)
        var newSlots = [String?](repeating: nil, count: slots.count * 2)
        var newHashes = [UInt64](repeating: 0, count: slots.count * 2)
        for (value, hash) in old {
            guard let value else { continue }
            var slot = Int(truncatingIfNeeded: hash) & (newSlots.count - 1)
            while newSlots[slot] != nil { slot = (slot + 1) & (newSlots.count - 1) }
            newSlots[slot] = value
            newHashes[slot] = hash
        }
        slots = newSlots
        hashes = newHashes
    }

    /// FNV-1a over the bytes.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func equal(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var string = string
        return string.withUTF8 { stored in
            stored.elementsEqual(bytes)
        }
    }
}
