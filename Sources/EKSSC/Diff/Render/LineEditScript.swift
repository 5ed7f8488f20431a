/// The shortest edit script between two sequences, by Myers' O(ND) algorithm in linear space:
/// the "middle snake" splits the problem in two halves of about half the edit distance each,
/// and each half is solved the same way (E. W. Myers, "An O(ND) Difference Algorithm and Its
/// Variations", 1986, section 4b). Memory is O(N + M) whatever the distance.
///
/// Two bounds keep any input cheap: an edit distance over `maxEditDistance` gives up (the
/// caller reports the two sides as replaced), and so does a search that has examined more than
/// `maxSteps` diagonal positions. Both are deterministic, so the same input always gives the
/// same report.
struct LineEditScript {
    enum Operation: Equatable {
        /// `old[i] == new[j]`, kept.
        case same(Int, Int)
        /// `old[i]` removed.
        case delete(Int)
        /// `new[j]` added.
        case insert(Int)
    }

    /// The default cap on the number of lines that differ (a longer line diff is not read by
    /// anyone; the search for it costs about the square of this).
    static let defaultMaxEditDistance = 10_000
    /// The default cap on search work (diagonal positions examined), well under a second.
    static let defaultMaxSteps = 60_000_000

    private let old: [Int]
    private let new: [Int]
    private let maxEditDistance: Int
    private var stepsLeft: Int
    private var script: [Operation] = []
    /// Forward and backward furthest-reaching x per diagonal, reused by every call.
    private var forward: [Int] = []
    private var backward: [Int] = []

    /// The operations turning `old` into `new`, in order; nil when they are further apart than
    /// `maxEditDistance` edits or the search would take more than `maxSteps` steps.
    static func operations<Element: Hashable>(_ old: [Element], _ new: [Element],
                                              maxEditDistance: Int = defaultMaxEditDistance,
                                              maxSteps: Int = defaultMaxSteps) -> [Operation]? {
        // Elements become small integers, so that every comparison below is one integer compare.
        var numbers: [Element: Int] = [:]
        numbers.reserveCapacity(old.count)
        let oldNumbers = old.map { element -> Int in
            if let number = numbers[element] { return number }
            numbers[element] = numbers.count
            return numbers.count - 1
        }
        // An element only in `new` is -1: never equal to anything in `old`.
        let newNumbers = new.map { numbers[$0] ?? -1 }
        // A lower bound of the distance, before any search: each element can be kept at most
        // as often as it occurs on the side where it occurs less.
        guard abs(old.count - new.count) <= maxEditDistance,
              old.count + new.count - 2 * maxKept(oldNumbers, newNumbers, distinct: numbers.count) <= maxEditDistance
        else { return nil }
        var search = LineEditScript(old: oldNumbers, new: newNumbers, maxEditDistance: maxEditDistance,
                                    stepsLeft: maxSteps)
        search.script.reserveCapacity(max(old.count, new.count))
        guard search.compare(0, old.count, 0, new.count) else { return nil }
        return deletionsFirst(search.script)
    }

    /// The sum over elements of the smaller of their counts on either side: an upper bound of
    /// the longest common subsequence.
    private static func maxKept(_ old: [Int], _ new: [Int], distinct: Int) -> Int {
        var counts = [Int](repeating: 0, count: distinct)
        for number in old { counts[number] += 1 }
        var kept = 0
        for number in new where number >= 0 && counts[number] > 0 {
            counts[number] -= 1
            kept += 1
        }
        return kept
    }

    /// The script with each run of changes between two kept elements written as its deletions,
    /// then its insertions, as diff tools show a replaced block (the script stays valid and as
    /// short: each side's positions keep their order).
    private static func deletionsFirst(_ script: [Operation]) -> [Operation] {
        var result: [Operation] = []
        result.reserveCapacity(script.count)
        var insertions: [Operation] = []
        for operation in script {
            switch operation {
            case .same:
                result += insertions
                insertions.removeAll(keepingCapacity: true)
                result.append(operation)
            case .delete:
                result.append(operation)
            case .insert:
                insertions.append(operation)
            }
        }
        return result + insertions
    }

    private init(old: [Int], new: [Int], maxEditDistance: Int, stepsLeft: Int) {
        self.old = old
        self.new = new
        self.maxEditDistance = maxEditDistance
        self.stepsLeft = stepsLeft
        // The top-level search reaches at most half the capped distance from each end.
        let reach = min((old.count + new.count + 1) / 2, maxEditDistance / 2 + 1) + 2
        forward = [Int](repeating: 0, count: 2 * reach + 1)
        backward = forward
    }

    /// Appends the script for `old[oldStart..<oldEnd]` against `new[newStart..<newEnd]`; false
    /// when a bound was hit.
    private mutating func compare(_ oldStart: Int, _ oldEnd: Int, _ newStart: Int, _ newEnd: Int) -> Bool {
        var oldStart = oldStart, newStart = newStart, oldEnd = oldEnd, newEnd = newEnd
        while oldStart < oldEnd, newStart < newEnd, old[oldStart] == new[newStart] {
            script.append(.same(oldStart, newStart))
            oldStart += 1
            newStart += 1
        }
        var commonSuffix = 0
        while oldEnd > oldStart, newEnd > newStart, old[oldEnd - 1] == new[newEnd - 1] {
            oldEnd -= 1
            newEnd -= 1
            commonSuffix += 1
        }
        if oldStart == oldEnd {
            for j in newStart..<newEnd { script.append(.insert(j)) }
        } else if newStart == newEnd {
            for i in oldStart..<oldEnd { script.append(.delete(i)) }
        } else {
            guard let snake = middleSnake(oldStart, oldEnd, newStart, newEnd) else { return false }
            guard compare(oldStart, snake.startX, newStart, snake.startY) else { return false }
            for offset in 0..<(snake.endX - snake.startX) {
                script.append(.same(snake.startX + offset, snake.startY + offset))
            }
            guard compare(snake.endX, oldEnd, snake.endY, newEnd) else { return false }
        }
        for offset in 0..<commonSuffix { script.append(.same(oldEnd + offset, newEnd + offset)) }
        return true
    }

    /// A diagonal run of equal elements on some shortest path, in absolute positions.
    private struct Snake {
        var startX: Int, startY: Int, endX: Int, endY: Int
    }

    /// The middle snake of a shortest path through the box (both sides non-empty, first and last
    /// elements different), found by searching from both corners until the paths meet.
    private mutating func middleSnake(_ oldStart: Int, _ oldEnd: Int, _ newStart: Int, _ newEnd: Int) -> Snake? {
        let n = oldEnd - oldStart, m = newEnd - newStart
        let delta = n - m
        let deltaIsOdd = delta & 1 != 0
        let center = forward.count / 2
        let maxRound = min((n + m + 1) / 2, center - 2)
        // Positions are relative to the box; `backward` holds x measured from the box's end.
        forward[center + 1] = 0
        backward[center + 1] = 0
        for d in 0...maxRound {
            stepsLeft -= 2 * d + 2
            if stepsLeft < 0 { return nil }
            var k = -d
            while k <= d {
                defer { k += 2 }
                var x = (k == -d || (k != d && forward[center + k - 1] < forward[center + k + 1]))
                    ? forward[center + k + 1] : forward[center + k - 1] + 1
                var y = x - k
                let startX = x, startY = y
                while x < n, y < m, old[oldStart + x] == new[newStart + y] {
                    x += 1
                    y += 1
                }
                stepsLeft -= x - startX
                forward[center + k] = x
                let mirror = delta - k
                if deltaIsOdd, mirror >= -(d - 1), mirror <= d - 1, x + backward[center + mirror] >= n {
                    return Snake(startX: oldStart + startX, startY: newStart + startY,
                                 endX: oldStart + x, endY: newStart + y)
                }
            }
            k = -d
            while k <= d {
                defer { k += 2 }
                var x = (k == -d || (k != d && backward[center + k - 1] < backward[center + k + 1]))
                    ? backward[center + k + 1] : backward[center + k - 1] + 1
                var y = x - k
                let startX = x, startY = y
                while x < n, y < m, old[oldEnd - 1 - x] == new[newEnd - 1 - y] {
                    x += 1
                    y += 1
                }
                stepsLeft -= x - startX
                backward[center + k] = x
                let mirror = delta - k
                if !deltaIsOdd, mirror >= -d, mirror <= d, x + forward[center + mirror] >= n {
                    return Snake(startX: oldEnd - x, startY: newEnd - y, endX: oldEnd - startX, endY: newEnd - startY)
                }
            }
            if stepsLeft < 0 { return nil }
        }
        return nil  // further apart than the cap allows
    }
}
