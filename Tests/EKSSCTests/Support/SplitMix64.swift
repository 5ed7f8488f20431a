/// The one seeded random generator of the tests (SplitMix64: small, fast, the same on every
/// platform), so that every randomised test replays from its seed. Property tests
/// (`propertyCheck`) take their seed from the PropertyBased library, which prints it on failure,
/// and build their values with this generator.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (`bound` > 0).
    mutating func next(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}
