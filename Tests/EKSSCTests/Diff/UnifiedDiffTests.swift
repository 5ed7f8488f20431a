import Testing
@testable import EKSSC

@Suite struct UnifiedDiffTests {
    static func lines(_ texts: [String]) -> DiffLines {
        DiffLines(.list(texts.map(Document.string)))
    }

    @Test func equalInputsHaveNoHunks() {
        #expect(UnifiedDiff.hunks(old: Self.lines(["a", "b"]), new: Self.lines(["a", "b"])) == [])
    }

    @Test func distantChangesMakeSeparateHunksWithContext() {
        let old = (1...20).map { "l\($0)" }
        var new = old
        new[1] = "x2"
        new.remove(at: 17)
        #expect(UnifiedDiff.hunks(old: Self.lines(old), new: Self.lines(new), context: 1) == [
            "@@ -1,3 +1,3 @@ [1]\n - l1\n-- l2\n+- x2\n - l3",
            "@@ -17,3 +17,2 @@ [17]\n - l17\n-- l18\n - l19",
        ])
    }

    @Test func insertionIntoEmpty() {
        #expect(UnifiedDiff.hunks(old: DiffLines(.map([])), new: Self.lines(["a"])) == ["@@ -0,0 +1,1 @@ [0]\n+- a"])
    }

    @Test(arguments: [
        (["a", "b", "c", "d"], ["a", "c", "d", "e"]),
        (["x"], ["y", "z"]),
        ([], ["p", "q"]),
        (["a", "b", "a", "b"], ["b", "a", "b", "a"]),
    ])
    func operationsRebuildTheNewSide(old: [String], new: [String]) {
        var rebuilt: [String] = []
        for op in UnifiedDiff.operations(old, new) ?? [] {
            switch op {
            case .same(let i, let j):
                #expect(old[i] == new[j])
                rebuilt.append(old[i])
            case .insert(let j): rebuilt.append(new[j])
            case .delete: break
            }
        }
        #expect(rebuilt == new)
    }
}
