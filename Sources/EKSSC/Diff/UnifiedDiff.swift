/// A unified diff of two line lists (Myers' algorithm), with a few lines of context around each
/// change and each hunk named by the field path of its first changed line.
struct UnifiedDiff {
    enum Operation: Equatable {
        case same(Int, Int)
        case delete(Int)
        case insert(Int)
    }

    /// The shortest edit script from `old` to `new`.
    static func operations(_ old: [String], _ new: [String]) -> [Operation] {
        let n = old.count, m = new.count
        let maxD = n + m
        guard maxD > 0 else { return [] }
        let offset = maxD
        var frontier = [Int](repeating: 0, count: 2 * maxD + 2)
        var trace: [[Int]] = []
        search: for d in 0...maxD {
            trace.append(frontier)
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1]) {
                    x = frontier[offset + k + 1]
                } else {
                    x = frontier[offset + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, old[x] == new[y] {
                    x += 1
                    y += 1
                }
                frontier[offset + k] = x
                if x >= n, y >= m { break search }
            }
        }
        // Walk the trace back from the end to recover the script.
        var script: [Operation] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let previous = trace[d]
            let k = x - y
            let previousK: Int
            if k == -d || (k != d && previous[offset + k - 1] < previous[offset + k + 1]) {
                previousK = k + 1
            } else {
                previousK = k - 1
            }
            let previousX = d == 0 ? 0 : previous[offset + previousK]
            let previousY = previousX - previousK
            while x > previousX, y > previousY, x > 0, y > 0 {
                x -= 1
                y -= 1
                script.append(.same(x, y))
            }
            if d > 0 {
                if x == previousX {
                    script.append(.insert(y - 1))
                } else {
                    script.append(.delete(x - 1))
                }
                x = previousX
                y = previousY
            }
        }
        return script.reversed()
    }

    /// The hunks (without file headers) turning `old` into `new`; empty when they are equal.
    static func hunks(old: DiffLines, new: DiffLines, context: Int = 3) -> [String] {
        let ops = operations(old.texts, new.texts)
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
