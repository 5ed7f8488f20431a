import Testing
@testable import EKSSC

/// The interner's cache of short texts returns exactly the decoded bytes, whatever it held before.
@Suite struct ShortTextCacheTests {
    private func lookUp(_ cache: inout ShortTextCache, _ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { cache.string(for: $0) }
    }

    /// Texts that differ only in their length, in a byte past the eighth, or in a non-ASCII
    /// byte, looked up several times in mixed order (so slots are both hit and replaced).
    @Test func returnsTheDecodedBytes() {
        var texts: [[UInt8]] = ["a", "ab", "serviceaccount", "123456789012345", "12345678901234",
                                "123456789012346", "x\0", "x", "caf\u{E9}", "\u{1F600}"].map { Array($0.utf8) }
        // Many distinct words, more than the cache has slots, so that some share a slot.
        texts += (0..<3000).map { Array("w\($0)".utf8) }
        var cache = ShortTextCache()
        for round in 0..<3 {
            for bytes in (round == 1 ? texts.reversed() : texts) {
                #expect(lookUp(&cache, bytes) == String(decoding: bytes, as: UTF8.self))
            }
        }
    }

    /// A word and a string value of up to 15 bytes repeated in a file keep their texts.
    @Test func repeatedTokensKeepTheirTexts() {
        let source = String(repeating: "app web-7 in shop \"ns/a\" 443\n", count: 3)
        let texts = Lexer.tokens(of: SourceFile(path: "test.sec", text: source))
            .filter { $0.kind == .word || $0.kind == .string }.map(\.text)
        #expect(texts == Array(repeating: ["app", "web-7", "in", "shop", "ns/a", "443"], count: 3).flatMap { $0 })
    }
}
