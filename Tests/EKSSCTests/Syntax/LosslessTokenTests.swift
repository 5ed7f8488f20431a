import Testing
@testable import EKSSC

/// The token stream is lossless: every byte is in one token's trivia or span, in order.
@Suite struct LosslessTokenTests {
    /// The file's bytes rebuilt from its tokens (trivia, then span), checking that the pieces
    /// are contiguous and that every range lies inside the file.
    private func rebuilt(_ file: SourceFile) -> [UInt8]? {
        var bytes: [UInt8] = []
        var expected = file.baseOffset
        for token in Lexer.tokens(of: file) {
            guard token.triviaStart == expected, token.span.start >= token.triviaStart,
                  token.range.start >= token.span.start, token.range.end <= token.span.end else { return nil }
            let local = token.triviaStart - file.baseOffset ..< token.span.end - file.baseOffset
            bytes += file.bytes[local]
            expected = token.span.end
        }
        return expected == file.endOffset ? bytes : nil
    }

    @Test func everyExampleAndFixtureRoundTrips() {
        #expect(SourceCorpus.files.count > 100)
        for file in SourceCorpus.files {
            #expect(rebuilt(file) == file.bytes, "\(file.path)")
        }
    }

    @Test func randomBytesRoundTrip() {
        // Bytes weighted towards the lexer's interesting ones: quotes, escapes, line ends,
        // comments, arrows, invalid UTF-8 and NULs.
        let alphabet: [UInt8] = Array("ab-> <-\"\\#,{};\n\r\t/*=".utf8) + [0, 0xEF, 0xBB, 0xBF, 0xC0, 0xE0, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0xFF]
        var generator = SplitMix64(seed: 0x1E7E)
        for round in 0..<2000 {
            let count = Int(generator.next() % 64)
            let bytes = (0..<count).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let file = SourceFile(path: "random.sec", bytes: bytes, baseOffset: round % 3 == 0 ? 0 : 1000 * round)
            #expect(rebuilt(file) == bytes, "\(bytes)")
        }
    }

    @Test func triviaKeepsCommentsContinuationsAndTheByteOrderMark() {
        let text = "\u{FEFF}a, # note\n  b # end\n\"s\r\n"
        let file = SourceFile(path: "t.sec", text: text)
        let tokens = Lexer.tokens(of: file)
        let trivia = tokens.map { String(decoding: file.bytes[$0.leadingTrivia.start..<$0.leadingTrivia.end], as: UTF8.self) }
        #expect(trivia == ["\u{FEFF}", "", " # note\n  ", " # end", "", "", ""])
        #expect(tokens.map(\.kind) == [.word, .comma, .word, .newline, .invalid(.unterminatedString), .newline, .endOfFile])
        #expect(rebuilt(file) == file.bytes)
    }

    @Test func withoutTextTheStreamIsTheSame() {
        for file in SourceCorpus.files {
            let plain = Lexer.tokens(of: file, makesText: false)
            let full = Lexer.tokens(of: file)
            let sameKinds = plain.map(\.kind) == full.map(\.kind)
            let sameBytes = plain.map(\.span) == full.map(\.span) && plain.map(\.triviaStart) == full.map(\.triviaStart)
            let noText = plain.allSatisfy { $0.text.isEmpty }
            #expect(sameKinds && sameBytes && noText, "\(file.path)")
        }
    }

    @Test func rangesAreGlobalOffsets() {
        let file = SourceFile(path: "t.sec", text: "tier a in b\n", baseOffset: 500)
        let tokens = Lexer.tokens(of: file)
        #expect(tokens.map(\.range.start) == [500, 505, 507, 510, 511, 512])
        #expect(file.location(of: 507) == SourceLocation(line: 1, column: 8))
        let result = Parser.parse(file)
        #expect(result.diagnostics.isEmpty)
        #expect(result.syntax.declarations.first?.range == SourceRange(start: 500, end: 511))
    }

    @Test func wordsAndStringsKeepTheirTextWhetherInternedOrNot() {
        let long = "arn:aws:iam::123456789012:role.a-long-role-name"
        let tokens = Lexer.tokens(of: SourceFile(path: "t.sec", text: "abc \"abc\" \"a\\tb\" abc \"\(long)\" \(long) \"\(long)\""))
        #expect(tokens.map(\.text) == ["abc", "abc", "a\tb", "abc", long, long, long, ""])
        var interner = StringInterner()
        let bytes = Array(long.utf8) + Array(long.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let first = interner.string(for: UnsafeBufferPointer(rebasing: buffer[0..<long.utf8.count]))
            let second = interner.string(for: UnsafeBufferPointer(rebasing: buffer[long.utf8.count...]))
            #expect(first == long && second == long)
        }
    }
}
