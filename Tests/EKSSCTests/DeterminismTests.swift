import Foundation
import PropertyBased
import Testing
@testable import EKSSC

/// The same input gives the same bytes whatever the order of its declarations.
@Suite struct DeterminismTests {
    /// The file cut into its top-level declarations (each with the comment lines before it).
    static func declarationChunks(of source: SourceFile) -> [String] {
        let parsed = Parser.parse(source)
        let bytes = source.bytes
        var chunks: [String] = []
        var previousEnd = 0
        for declaration in parsed.syntax.declarations {
            let range = declaration.range
            let chunk = bytes[previousEnd..<range.end]
            chunks.append(String(decoding: chunk, as: UTF8.self))
            previousEnd = range.end
        }
        return chunks
    }

    @Test(arguments: Examples.all)
    func shuffledDeclarationsGiveIdenticalOutput(_ example: String) async throws {
        let source = try Examples.source(example)
        let expected = try Examples.build(source)
        let chunks = Self.declarationChunks(of: source)
        #expect(chunks.count > 5)
        await propertyCheck(count: 8, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var generator = SplitMix64(seed: UInt64(seed))
            let shuffled = chunks.shuffled(using: &generator).joined(separator: "\n") + "\n"
            let files = try? Examples.build(SourceFile(path: source.path, text: shuffled))
            #expect(files == expected, "seed \(seed)")
        }
    }

    @Test(arguments: Examples.all)
    func twoBuildsGiveIdenticalOutput(_ example: String) throws {
        #expect(try Examples.build(example) == Examples.build(example))
    }
}

/// A small seeded generator so a failing shuffle can be replayed.
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
}
