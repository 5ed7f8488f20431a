import Testing
@testable import EKSSC

/// Mutated examples (lines deleted, duplicated, swapped, characters replaced) go through the whole
/// compiler: each either fails with errors and no artifacts, or builds and lays out its files
/// without a path clash. A crash fails the run; a seed replays a case.
@Suite struct CompilerRobustnessTests {
    static let replacements: [Character] = ["\"", "{", "}", "-", "*", "/", ",", " ", "x", "0", "\t", "#", ">"]

    static func mutate(_ lines: [String], using generator: inout SplitMix64) -> [String] {
        var lines = lines
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            let j = Int.random(in: 0..<lines.count, using: &generator)
            switch Int.random(in: 0...3, using: &generator) {
            case 0: lines.remove(at: j)
            case 1: lines.insert(lines[Int.random(in: 0..<lines.count, using: &generator)], at: j)
            case 2: lines.swapAt(j, Int.random(in: 0..<lines.count, using: &generator))
            default:
                var characters = Array(lines[j])
                guard !characters.isEmpty else { continue }
                characters[Int.random(in: 0..<characters.count, using: &generator)] =
                    replacements.randomElement(using: &generator)!
                lines[j] = String(characters)
            }
            if lines.isEmpty { lines = [""] }
        }
        return lines
    }

    @Test(arguments: Examples.all)
    func mutatedExamplesNeverCrashOrClash(_ example: String) throws {
        let text = String(decoding: try Examples.source(example).bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var generator = SplitMix64(seed: 2026)
        var built = 0
        var failed = 0
        for round in 0..<150 {
            let source = SourceFile(path: "mutant-\(round).sec", text: Self.mutate(lines, using: &generator).joined(separator: "\n"))
            let result = Compiler.build(source)
            if let artifacts = result.artifacts {
                #expect(!result.diagnostics.hasErrors)
                #expect(throws: Never.self, "round \(round)") { try OutputLayout.files(for: artifacts) }
                built += 1
            } else {
                #expect(result.diagnostics.hasErrors, "round \(round): no artifacts and no error")
                failed += 1
            }
        }
        // Both outcomes occur, so the mutations exercise the passes as well as the front end.
        #expect(built > 10 && failed > 10, "built \(built), failed \(failed)")
    }
}
