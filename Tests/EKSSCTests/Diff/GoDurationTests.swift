import Testing
@testable import EKSSC

@Suite struct GoDurationTests {
    @Test(arguments: [
        ("1h", "1h0m0s"), ("1h0m0s", "1h0m0s"), ("60m", "1h0m0s"), ("3600s", "1h0m0s"), ("90s", "1m30s"),
        ("1.5h", "1h30m0s"), ("0", "0s"), ("0s", "0s"), ("1.5s", "1.5s"), ("500ms", "500ms"), ("2us", "2µs"),
        ("15m", "15m0s"), ("-1m", "-1m0s"), ("1h30m", "1h30m0s"),
    ])
    func canonicalSpelling(input: String, expected: String) {
        #expect(GoDuration(input)?.canonicalText == expected)
    }

    @Test(arguments: ["", "1", "h", "1x", "1h-", "abc", "1..5s"])
    func rejectsNonDurations(input: String) {
        #expect(GoDuration(input) == nil)
    }
}
