import Testing
@testable import EKSSC

/// The unrolled `SHA256` against a plain textbook implementation, at every length around the
/// block and padding boundaries and at unaligned start addresses.
@Suite struct SHA256ReferenceTests {
    @Test func matchesTheTextbookAlgorithmAtEveryLengthUpTo300() {
        var random = SplitMix64(seed: 2_026_113_0)
        let bytes = (0..<340).map { _ in UInt8(truncatingIfNeeded: random.next(256)) }
        for length in 0...300 {
            for offset in [0, 1, 3] {
                let slice = Array(bytes[offset..<(offset + length)])
                #expect(SHA256.hexDigest(slice) == Self.reference(slice), "length \(length)")
                // Unaligned: the message starts `offset` bytes into a buffer.
                bytes.withUnsafeBytes { raw in
                    let unaligned = UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + length)])
                    #expect(SHA256.hexDigest(unaligned) == Self.reference(slice), "length \(length) at \(offset)")
                }
            }
        }
    }

    /// The Swift rounds and the SHA instructions (where this CPU has them) give the same words,
    /// so the path the tests above did not take is checked too.
    @Test func swiftRoundsAndSHAInstructionsAgree() {
        var random = SplitMix64(seed: 2_026_113_1)
        let bytes = (0..<1_100).map { _ in UInt8(truncatingIfNeeded: random.next(256)) }
        func words(_ state: SHA256.State) -> [UInt32] {
            [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7]
        }
        bytes.withUnsafeBytes { raw in
            for length in [0, 1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 129, 1_000] {
                for offset in [0, 1, 5] {
                    let message = UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + length)])
                    let portable = words(SHA256.digest(message, accelerated: false))
                    #expect(portable == words(SHA256.digest(message)), "length \(length) at \(offset)")
                    if SHA256.isAccelerated {
                        #expect(portable == words(SHA256.digest(message, accelerated: true)), "length \(length) at \(offset)")
                    }
                }
            }
        }
        let portable = SHA256.digest(UnsafeRawBufferPointer(start: nil, count: 0), accelerated: false)
        #expect(Self.reference([]).hasPrefix(String(portable.0, radix: 16)))
    }

    @Test func hashesAStringsUTF8() {
        let text = "héllo ✓ wörld\n"
        #expect(SHA256.hexDigest(text) == Self.reference(Array(text.utf8)))
    }

    /// FIPS 180-4 written out as simply as possible: padding into an array, 64-word schedule,
    /// eight variables shifted every round.
    static func reference(_ message: [UInt8]) -> String {
        let k: [UInt32] = [
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
        ]
        func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
        var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        var padded = message + [0x80]
        while padded.count % 64 != 56 { padded.append(0) }
        let bits = UInt64(message.count) * 8
        for shift in stride(from: 56, through: 0, by: -8) { padded.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
        for start in stride(from: 0, to: padded.count, by: 64) {
            var w = [UInt32](repeating: 0, count: 64)
            for t in 0..<16 {
                w[t] = (0..<4).reduce(UInt32(0)) { $0 << 8 | UInt32(padded[start + 4 * t + $1]) }
            }
            for t in 16..<64 {
                let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
                let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            var v = h
            for t in 0..<64 {
                let t1 = v[7] &+ (rotr(v[4], 6) ^ rotr(v[4], 11) ^ rotr(v[4], 25)) &+ ((v[4] & v[5]) ^ (~v[4] & v[6])) &+ k[t] &+ w[t]
                let t2 = (rotr(v[0], 2) ^ rotr(v[0], 13) ^ rotr(v[0], 22)) &+ ((v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]))
                v = [t1 &+ t2, v[0], v[1], v[2], v[3] &+ t1, v[4], v[5], v[6]]
            }
            for index in 0..<8 { h[index] = h[index] &+ v[index] }
        }
        return h.map { word in
            let hex = String(word, radix: 16)
            return String(repeating: "0", count: 8 - hex.count) + hex
        }.joined()
    }
}
