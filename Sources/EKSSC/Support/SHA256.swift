/// SHA-256 (FIPS 180-4) of a byte sequence, as lowercase hex: what `sha256sum` prints. The
/// output marker records each file's digest with it, so anyone can check a tree with
/// `sha256sum -c`.
///
/// Hashes every file of a build (tens of megabytes), so the compression works on raw memory:
/// the eight working variables stay in registers, each group of eight rounds is written out with
/// the variables renamed instead of shifted, and the message schedule is a 16-word ring on the
/// stack. No allocation but the result's.
enum SHA256 {
    /// The digest of a string's UTF-8 bytes as 64 lowercase hex digits.
    static func hexDigest(_ text: String) -> String {
        var text = text
        return text.withUTF8 { hexDigest(UnsafeRawBufferPointer($0)) }
    }

    /// The digest of `bytes` as 64 lowercase hex digits.
    static func hexDigest(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { hexDigest($0) }
    }

    /// The digest of `bytes` as 64 lowercase hex digits.
    static func hexDigest(_ bytes: UnsafeRawBufferPointer) -> String {
        let state = digest(bytes)
        return String(unsafeUninitializedCapacity: 64) { hex in
            let words = [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7]
            var index = 0
            for word in words {
                for shift in stride(from: UInt32(28), through: 0, by: -4) {
                    let nibble = UInt8(truncatingIfNeeded: (word >> shift) & 0xF)
                    hex[index] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
                    index += 1
                }
            }
            return 64
        }
    }

    /// The eight words of the digest of `bytes`.
    typealias State = (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)

    /// The digest of `bytes` as its eight state words.
    static func digest(_ bytes: UnsafeRawBufferPointer) -> State {
        var state: State = (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)
        let fullBlocks = bytes.count / 64
        roundConstants.withUnsafeBufferPointer { constants in
            let k = constants.baseAddress!
            if let base = bytes.baseAddress {
                for block in 0..<fullBlocks { compress(base + block * 64, &state, k) }
            }
            // The last bytes, a 1 bit, zeros, and the message length in bits (big-endian
            // UInt64): one or two blocks, built on the stack.
            let tailCount = bytes.count - fullBlocks * 64
            withUnsafeTemporaryAllocation(byteCount: 128, alignment: 8) { padded in
                padded.initializeMemory(as: UInt8.self, repeating: 0)
                if tailCount > 0, let base = bytes.baseAddress {
                    padded.baseAddress!.copyMemory(from: base + fullBlocks * 64, byteCount: tailCount)
                }
                padded[tailCount] = 0x80
                let paddedCount = tailCount < 56 ? 64 : 128
                let bitLength = UInt64(bytes.count) &* 8
                padded.storeBytes(of: bitLength.bigEndian, toByteOffset: paddedCount - 8, as: UInt64.self)
                compress(UnsafeRawPointer(padded.baseAddress!), &state, k)
                if paddedCount == 128 { compress(UnsafeRawPointer(padded.baseAddress! + 64), &state, k) }
            }
        }
        return state
    }

    /// One 64-byte block at `block` into `state`.
    @inline(__always)
    private static func compress(_ block: UnsafeRawPointer, _ state: inout State, _ k: UnsafePointer<UInt32>) {
        // The message schedule as a ring of 16 words: w[t] overwrites w[t - 16].
        var w: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32,
                UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var (a, b, c, d, e, f, g, h) = state
        withUnsafeMutableBytes(of: &w) { ring in
            let w = ring.baseAddress!.assumingMemoryBound(to: UInt32.self)
            for index in 0..<16 {
                w[index] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: 4 * index, as: UInt32.self))
            }
            do {
                var t = 0
                while t < 64 {
                    // Eight rounds with the variables renamed: round r's `a` is round r+1's `b`.
                    round(a, b, c, &d, e, f, g, &h, k[t] &+ word(w, t))
                    round(h, a, b, &c, d, e, f, &g, k[t + 1] &+ word(w, t + 1))
                    round(g, h, a, &b, c, d, e, &f, k[t + 2] &+ word(w, t + 2))
                    round(f, g, h, &a, b, c, d, &e, k[t + 3] &+ word(w, t + 3))
                    round(e, f, g, &h, a, b, c, &d, k[t + 4] &+ word(w, t + 4))
                    round(d, e, f, &g, h, a, b, &c, k[t + 5] &+ word(w, t + 5))
                    round(c, d, e, &f, g, h, a, &b, k[t + 6] &+ word(w, t + 6))
                    round(b, c, d, &e, f, g, h, &a, k[t + 7] &+ word(w, t + 7))
                    t += 8
                }
            }
        }
        state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d,
                 state.4 &+ e, state.5 &+ f, state.6 &+ g, state.7 &+ h)
    }

    /// Schedule word `t`: one of the block's first 16 words, or computed from earlier ones into
    /// the ring slot of word `t - 16`.
    @inline(__always)
    private static func word(_ w: UnsafeMutablePointer<UInt32>, _ t: Int) -> UInt32 {
        guard t >= 16 else { return w[t] }
        let w15 = w[(t - 15) & 15], w2 = w[(t - 2) & 15]
        let s0 = rotate(w15, 7) ^ rotate(w15, 18) ^ (w15 >> 3)
        let s1 = rotate(w2, 17) ^ rotate(w2, 19) ^ (w2 >> 10)
        let value = w[t & 15] &+ s0 &+ w[(t - 7) & 15] &+ s1
        w[t & 15] = value
        return value
    }

    /// One round: `d` and `h` are the two variables that change; `kw` is the round constant
    /// plus the schedule word.
    @inline(__always)
    private static func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                              _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32) {
        let sum1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
        let choice = g ^ (e & (f ^ g))
        let temp1 = h &+ sum1 &+ choice &+ kw
        let sum0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
        let majority = (a & b) | (c & (a | b))
        d = d &+ temp1
        h = temp1 &+ sum0 &+ majority
    }

    @inline(__always)
    private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
        (value >> count) | (value << (32 - count))
    }

    private static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]
}
