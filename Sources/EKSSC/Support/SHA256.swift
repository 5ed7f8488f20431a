import CSHA256

/// SHA-256 (FIPS 180-4) of a byte sequence, as lowercase hex: what `sha256sum` prints. The
/// output marker records each file's digest with it, so anyone can check a tree with
/// `sha256sum -c`.
///
/// Hashes every file of a build (tens of megabytes), so the compression works on raw memory:
/// the eight working variables and the 16-word message schedule are locals, and the rounds are
/// written out with the variables renamed instead of shifted. No allocation but the result's.
/// Where the CPU has the SHA extensions (x86), the blocks go through them instead (`CSHA256`,
/// about five times faster); both paths are tested against a textbook implementation.
enum SHA256 {
    /// Whether `digest` uses the CPU's SHA instructions.
    static let isAccelerated = ekssc_sha256_accelerated() == 1

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

    /// The digest of `bytes` as its eight state words; `accelerated` false forces the Swift
    /// rounds (for tests).
    static func digest(_ bytes: UnsafeRawBufferPointer, accelerated: Bool = isAccelerated) -> State {
        var state: State = (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)
        let fullBlocks = bytes.count / 64
        roundConstants.withUnsafeBufferPointer { constants in
            let k = constants.baseAddress!
            // One or more 64-byte blocks into the state, on the SHA instructions when asked.
            func compressBlocks(_ start: UnsafeRawPointer, _ count: Int) {
                if accelerated {
                    withUnsafeMutableBytes(of: &state) { words in
                        ekssc_sha256_blocks(words.baseAddress!.assumingMemoryBound(to: UInt32.self),
                                            start.assumingMemoryBound(to: UInt8.self), count, k)
                    }
                } else {
                    for block in 0..<count { compress(start + block * 64, &state, k) }
                }
            }
            if let base = bytes.baseAddress, fullBlocks > 0 { compressBlocks(base, fullBlocks) }
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
                compressBlocks(UnsafeRawPointer(padded.baseAddress!), paddedCount / 64)
            }
        }
        return state
    }

    /// One 64-byte block at `block` into `state`: the 16 schedule words and the eight working
    /// variables are locals (registers), the 64 rounds written out as 16 and three times 16.
    private static func compress(_ block: UnsafeRawPointer, _ state: inout State, _ k: UnsafePointer<UInt32>) {
        func load(_ index: Int) -> UInt32 {
            UInt32(bigEndian: block.loadUnaligned(fromByteOffset: 4 * index, as: UInt32.self))
        }
        var w0 = load(0)
        var w1 = load(1)
        var w2 = load(2)
        var w3 = load(3)
        var w4 = load(4)
        var w5 = load(5)
        var w6 = load(6)
        var w7 = load(7)
        var w8 = load(8)
        var w9 = load(9)
        var w10 = load(10)
        var w11 = load(11)
        var w12 = load(12)
        var w13 = load(13)
        var w14 = load(14)
        var w15 = load(15)
        var (a, b, c, d, e, f, g, h) = state
        round(a, b, c, &d, e, f, g, &h, k[0] &+ w0)
        round(h, a, b, &c, d, e, f, &g, k[1] &+ w1)
        round(g, h, a, &b, c, d, e, &f, k[2] &+ w2)
        round(f, g, h, &a, b, c, d, &e, k[3] &+ w3)
        round(e, f, g, &h, a, b, c, &d, k[4] &+ w4)
        round(d, e, f, &g, h, a, b, &c, k[5] &+ w5)
        round(c, d, e, &f, g, h, a, &b, k[6] &+ w6)
        round(b, c, d, &e, f, g, h, &a, k[7] &+ w7)
        round(a, b, c, &d, e, f, g, &h, k[8] &+ w8)
        round(h, a, b, &c, d, e, f, &g, k[9] &+ w9)
        round(g, h, a, &b, c, d, e, &f, k[10] &+ w10)
        round(f, g, h, &a, b, c, d, &e, k[11] &+ w11)
        round(e, f, g, &h, a, b, c, &d, k[12] &+ w12)
        round(d, e, f, &g, h, a, b, &c, k[13] &+ w13)
        round(c, d, e, &f, g, h, a, &b, k[14] &+ w14)
        round(b, c, d, &e, f, g, h, &a, k[15] &+ w15)
        // Each later schedule word replaces the one 16 rounds back:
        // w[t] = w[t-16] + s0(w[t-15]) + w[t-7] + s1(w[t-2]).
        for base in stride(from: 16, to: 64, by: 16) {
            w0 = w0 &+ sigma0(w1) &+ w9 &+ sigma1(w14)
            round(a, b, c, &d, e, f, g, &h, k[base + 0] &+ w0)
            w1 = w1 &+ sigma0(w2) &+ w10 &+ sigma1(w15)
            round(h, a, b, &c, d, e, f, &g, k[base + 1] &+ w1)
            w2 = w2 &+ sigma0(w3) &+ w11 &+ sigma1(w0)
            round(g, h, a, &b, c, d, e, &f, k[base + 2] &+ w2)
            w3 = w3 &+ sigma0(w4) &+ w12 &+ sigma1(w1)
            round(f, g, h, &a, b, c, d, &e, k[base + 3] &+ w3)
            w4 = w4 &+ sigma0(w5) &+ w13 &+ sigma1(w2)
            round(e, f, g, &h, a, b, c, &d, k[base + 4] &+ w4)
            w5 = w5 &+ sigma0(w6) &+ w14 &+ sigma1(w3)
            round(d, e, f, &g, h, a, b, &c, k[base + 5] &+ w5)
            w6 = w6 &+ sigma0(w7) &+ w15 &+ sigma1(w4)
            round(c, d, e, &f, g, h, a, &b, k[base + 6] &+ w6)
            w7 = w7 &+ sigma0(w8) &+ w0 &+ sigma1(w5)
            round(b, c, d, &e, f, g, h, &a, k[base + 7] &+ w7)
            w8 = w8 &+ sigma0(w9) &+ w1 &+ sigma1(w6)
            round(a, b, c, &d, e, f, g, &h, k[base + 8] &+ w8)
            w9 = w9 &+ sigma0(w10) &+ w2 &+ sigma1(w7)
            round(h, a, b, &c, d, e, f, &g, k[base + 9] &+ w9)
            w10 = w10 &+ sigma0(w11) &+ w3 &+ sigma1(w8)
            round(g, h, a, &b, c, d, e, &f, k[base + 10] &+ w10)
            w11 = w11 &+ sigma0(w12) &+ w4 &+ sigma1(w9)
            round(f, g, h, &a, b, c, d, &e, k[base + 11] &+ w11)
            w12 = w12 &+ sigma0(w13) &+ w5 &+ sigma1(w10)
            round(e, f, g, &h, a, b, c, &d, k[base + 12] &+ w12)
            w13 = w13 &+ sigma0(w14) &+ w6 &+ sigma1(w11)
            round(d, e, f, &g, h, a, b, &c, k[base + 13] &+ w13)
            w14 = w14 &+ sigma0(w15) &+ w7 &+ sigma1(w12)
            round(c, d, e, &f, g, h, a, &b, k[base + 14] &+ w14)
            w15 = w15 &+ sigma0(w0) &+ w8 &+ sigma1(w13)
            round(b, c, d, &e, f, g, h, &a, k[base + 15] &+ w15)
        }
        state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d,
                 state.4 &+ e, state.5 &+ f, state.6 &+ g, state.7 &+ h)
    }

    @inline(__always)
    private static func sigma0(_ x: UInt32) -> UInt32 { rotate(x, 7) ^ rotate(x, 18) ^ (x &>> 3) }

    @inline(__always)
    private static func sigma1(_ x: UInt32) -> UInt32 { rotate(x, 17) ^ rotate(x, 19) ^ (x &>> 10) }

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
        // Masking shifts: what the compiler turns into one rotate instruction.
        (value &>> count) | (value &<< (32 &- count))
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
