import Foundation
import Testing
@testable import EKSSC

/// The linear-space Myers diff: every script it returns rebuilds the new side from the old one,
/// is as short as a longest-common-subsequence table says it can be, and gives up past its caps.
@Suite struct LineEditScriptTests {
    /// Applies `script` to `old`, checking that each operation consumes the next position of
    /// its side; nil when the script is malformed.
    static func apply(_ script: [LineEditScript.Operation], old: [String], new: [String]) -> [String]? {
        var i = 0, j = 0
        var result: [String] = []
        for operation in script {
            switch operation {
            case .same(let x, let y):
                guard x == i, y == j, old[x] == new[y] else { return nil }
                result.append(old[x])
                i += 1
                j += 1
            case .delete(let x):
                guard x == i else { return nil }
                i += 1
            case .insert(let y):
                guard y == j else { return nil }
                result.append(new[y])
                j += 1
            }
        }
        return i == old.count && j == new.count ? result : nil
    }

    /// The length of a longest common subsequence, by the quadratic table.
    static func lcsLength(_ a: [String], _ b: [String]) -> Int {
        var previous = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var current = [Int](repeating: 0, count: b.count + 1)
            for (index, y) in b.enumerated() {
                current[index + 1] = x == y ? previous[index] + 1 : max(previous[index + 1], current[index])
            }
            previous = current
        }
        return previous[b.count]
    }

    @Test func randomInputsGetAValidMinimalScript() throws {
        var generator = SplitMix64(seed: 0x5EC)
        for round in 0..<3_000 {
            let alphabet = ["a", "b", "c", "d"].prefix(1 + round % 4)
            let old = (0..<Int.random(in: 0...14, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let new = (0..<Int.random(in: 0...14, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let script = try #require(LineEditScript.operations(old, new))
            #expect(Self.apply(script, old: old, new: new) == new, "\(old) -> \(new)")
            let edits = script.filter { if case .same = $0 { false } else { true } }.count
            #expect(edits == old.count + new.count - 2 * Self.lcsLength(old, new), "\(old) -> \(new)")
        }
    }

    @Test func aFewChangesInALongListAreFoundQuickly() throws {
        let old = (0..<200_000).map { "line \($0)" }
        var new = old
        new.insert("added", at: 100_000)
        new.remove(at: 5)
        new[150_000] = "changed"
        let started = Date()
        let script = try #require(LineEditScript.operations(old, new))
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(Self.apply(script, old: old, new: new) == new)
        #expect(script.filter { if case .same = $0 { false } else { true } }.count == 4)
    }

    @Test func sidesFurtherApartThanTheCapAreReplaced() {
        let old = (0..<300).map { "old \($0)" }
        let new = (0..<300).map { "new \($0)" }
        #expect(LineEditScript.operations(old, new, maxEditDistance: 100) == nil)
        #expect(LineEditScript.operations(old, new, maxEditDistance: 600) != nil)
        // A size difference alone over the cap gives up before any search.
        #expect(LineEditScript.operations(old, [], maxEditDistance: 100) == nil)
        #expect(LineEditScript.operations(old, new, maxSteps: 1_000) == nil)
    }

    @Test func theUnifiedDiffOfReplacedSidesGivesBothSizes() {
        let old = DiffLines(.list((0..<50).map { .string("o\($0)") }))
        let new = DiffLines(.list((0..<40).map { .string("n\($0)") }))
        #expect(UnifiedDiff.hunks(old: old, new: new, maxEditDistance: 20)
                == ["@@ -1,50 +1,40 @@ replaced: more than 20 lines differ (live 50 lines, desired 40 lines)"])
    }
}
