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
