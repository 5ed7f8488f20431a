import Testing
@testable import EKSSC

@Suite struct StringInternerTests {
    /// Thousands of distinct long texts (the table grows several times), each looked up again
    /// after all were added, from a second copy of the bytes: every lookup returns its own text.
    @Test func distinctTextsSurviveGrowingAndHitAgain() {
        let texts = (0..<5_000).map { "arn:aws:iam::123456789012:role/app-\($0)" } + ["x" + String(repeating: "é", count: 20)]
        let joined = Array(texts.joined().utf8)
        var interner = StringInterner()
        joined.withUnsafeBufferPointer { buffer in
            var offset = 0
            var ranges: [Range<Int>] = []
            for text in texts {
                ranges.append(offset..<(offset + text.utf8.count))
                offset += text.utf8.count
            }
            for (text, range) in zip(texts, ranges) {
                #expect(interner.string(for: UnsafeBufferPointer(rebasing: buffer[range])) == text)
            }
            let copy = Array(joined)
            copy.withUnsafeBufferPointer { again in
                for (text, range) in zip(texts, ranges).reversed() {
                    #expect(interner.string(for: UnsafeBufferPointer(rebasing: again[range])) == text)
                }
            }
        }
    }

    /// The YAML reader's interner: texts over its maximum are made directly, and each lookup
    /// compares with the stored string, so the bytes looked up may be gone afterwards.
    @Test func textsOverTheMaximumAndShortLivedBytes() {
        var interner = StringInterner(slots: 64, maximumLength: 32)
        let texts = ["rbac.authorization.k8s.io/v1", String(repeating: "long-", count: 20), "short"]
        for _ in 0..<3 {
            for text in texts {
                let bytes = Array(text.utf8)   // a fresh buffer each time, freed after the lookup
                #expect(bytes.withUnsafeBufferPointer { interner.string(for: $0) } == text)
            }
        }
    }
}
