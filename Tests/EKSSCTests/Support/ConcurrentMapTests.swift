import Testing
@testable import EKSSC

/// `concurrentMap` must return exactly what `map` returns, in order, for any size (fewer
/// elements than chunks, exactly as many, and uneven chunk splits).
struct ConcurrentMapTests {
    @Test(arguments: [0, 1, 2, 63, 64, 65, 1_000, 10_007])
    func matchesMapInOrder(_ count: Int) {
        let numbers = Array(0..<count)
        #expect(numbers.concurrentMap { "item-\($0 * 3)" } == numbers.map { "item-\($0 * 3)" })
    }

    @Test func runsEveryElementExactlyOnce() {
        let results = Array(repeating: 1, count: 5_000).concurrentMap { $0 + 1 }
        #expect(results.count == 5_000)
        #expect(results.allSatisfy { $0 == 2 })
    }
}
