/// A unified diff of two line lists (Myers' algorithm in linear space, `LineEditScript`), with a
/// few lines of context around each change and each hunk named by the field path of its first
/// changed line. Sides too far apart for a readable line diff are reported as replaced.
struct UnifiedDiff {
    typealias Operation = LineEditScript.Operation

    /// The shortest edit script from `old` to `new`; nil when they differ in more than
    /// `maxEditDistance` lines.
    static func operations(_ old: [String], _ new: [String],
                           maxEditDistance: Int = LineEditScript.defaultMaxEditDistance) -> [Operation]? {
        LineEditScript.operations(old, new, maxEditDistance: maxEditDistance)
    }

    /// The one hunk of sides too different to diff line by line: both sizes, no body.
    static func replacedHunk(oldCount: Int, newCount: Int, maxEditDistance: Int) -> String {
        "@@ -1,\(oldCount) +1,\(newCount) @@ replaced: more than \(maxEditDistance) lines differ "
            + "(live \(oldCount) lines, desired \(newCount) lines)"
    }

    /// The hunks (without file headers) turning `old` into `new`; empty when they are equal.
    static func hunks(old: DiffLines, new: DiffLines, context: Int = 3,
                      maxEditDistance: Int = LineEditScript.defaultMaxEditDistance) -> [String] {
        guard let ops = operations(old.texts, new.texts, maxEditDistance: maxEditDistance) else {
            return [replacedHunk(oldCount: old.lines.count, newCount: new.lines.count, maxEditDistance: maxEditDistance)]
        }
        let changed = ops.indices.filter { if case .same = ops[$0] { return false } else { return true } }
        guard !changed.isEmpty else { return [] }
        // Group changes whose context windows touch.
        var groups: [ClosedRange<Int>] = []
        for index in changed {
            let window = max(0, index - context)...min(ops.count - 1, index + context)
            if let last = groups.last, window.lowerBound <= last.upperBound + 1 {
                groups[groups.count - 1] = last.lowerBound...window.upperBound
            } else {
                groups.append(window)
            }
        }
        return groups.map { range in
            var oldStart: Int?, newStart: Int?
            var oldCount = 0, newCount = 0
            var body: [String] = []
            var path: String?
            for op in ops[range] {
                switch op {
                case .same(let i, let j):
                    oldStart = oldStart ?? i
                    newStart = newStart ?? j
                    oldCount += 1
                    newCount += 1
                    body.append(" " + old.lines[i].text)
                case .delete(let i):
                    oldStart = oldStart ?? i
                    oldCount += 1
                    path = path ?? old.lines[i].path
                    body.append("-" + old.lines[i].text)
                case .insert(let j):
                    newStart = newStart ?? j
                    newCount += 1
                    path = path ?? new.lines[j].path
                    body.append("+" + new.lines[j].text)
                }
            }
            let oldFirst = oldCount == 0 ? (oldStart ?? startBefore(range, in: ops, old: true)) : (oldStart ?? 0) + 1
            let newFirst = newCount == 0 ? (newStart ?? startBefore(range, in: ops, old: false)) : (newStart ?? 0) + 1
            let header = "@@ -\(oldFirst),\(oldCount) +\(newFirst),\(newCount) @@" + (path.map { " \($0)" } ?? "")
            return ([header] + body).joined(separator: "\n")
        }
    }

    /// For an empty side of a hunk: the number of that side's lines before the hunk.
    private static func startBefore(_ range: ClosedRange<Int>, in ops: [Operation], old: Bool) -> Int {
        ops[..<range.lowerBound].reduce(0) { count, op in
            switch op {
            case .same: count + 1
            case .delete: old ? count + 1 : count
            case .insert: old ? count : count + 1
            }
        }
    }
}
