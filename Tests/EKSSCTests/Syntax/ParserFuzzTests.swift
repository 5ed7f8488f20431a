import Foundation
import Testing
@testable import EKSSC

/// Mutations of a valid file never crash the parser and keep its promises: ranges inside the file,
/// at most one error per line, at most 50 errors plus the stop, every id in the syntax catalog.
@Suite struct ParserFuzzTests {
    static let pieces: [[UInt8]] = [
        "{", "}", "\n", ";", ",", "->", "<-", "=", "/", "*", "\"", "\"x\"", "#", "\\", "\r", "in", "on", "app",
        "cluster", "tier", "\u{0}", "é",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xEF, 0xBB, 0xBF]]

    @Test(arguments: 0..<8)
    func mutatedFilesKeepTheParserPromises(seed: Int) throws {
        let url = SyntaxTestSupport.fixtures.appendingPathComponent("grammar/all-productions.sec")
        let original = Array(try Data(contentsOf: url))
        let known = Set(SyntaxDiagnostic.allCases.map(\.id))
        var generator = SplitMix64(seed: UInt64(seed))
        for _ in 0..<100 {
            var bytes = original
            for _ in 0..<(1 + generator.next(6)) {
                let position = generator.next(bytes.count + 1)
                switch generator.next(3) {
                case 0: bytes.insert(contentsOf: Self.pieces[generator.next(Self.pieces.count)], at: position)
                case 1: bytes.removeSubrange(position..<min(bytes.count, position + 1 + generator.next(40)))
                default: bytes.insert(UInt8(truncatingIfNeeded: generator.next(256)), at: position)
                }
            }
            let file = SourceFile(path: "fuzz.sec", bytes: bytes)
            let diagnostics = Parser.parse(file).diagnostics
            #expect(diagnostics.count <= Parser.maxErrors + 1)
            #expect(diagnostics.allSatisfy { $0.range.end <= bytes.count && known.contains($0.id) })
            // One error per statement: two on a line only with a `;` between them.
            let sorted = diagnostics.sorted { $0.range.start < $1.range.start }
            for (first, second) in zip(sorted, sorted.dropFirst())
            where file.location(of: first.range.start).line == file.location(of: second.range.start).line {
                #expect(bytes[first.range.start..<second.range.start].contains(UInt8(ascii: ";")),
                        "two errors in one statement")
            }
            _ = DiagnosticRenderer().render(diagnostics, in: file)
        }
    }
}
