import Testing
@testable import EKSSC

/// The token stream: kinds, texts and byte ranges.
@Suite struct LexerTests {
    /// Every token up to and including the end of file, as `kind text start..<end`.
    private func tokens(_ text: String) -> [String] {
        tokens(Array(text.utf8))
    }

    private func tokens(_ bytes: [UInt8]) -> [String] {
        Lexer.tokens(of: SourceFile(path: "test.sec", bytes: bytes)).map { token in
            let text = token.text.isEmpty ? "" : " \(token.text)"
            return "\(token.kind)\(text) \(token.range.start)..<\(token.range.end)"
        }
    }

    @Test func wordsAndPunctuation() {
        #expect(tokens("role r{allow get,*;=/}") == [
            "word role 0..<4", "word r 5..<6", "openBrace 6..<7", "word allow 7..<12", "word get 13..<16",
            "comma 16..<17", "star 17..<18", "semicolon 18..<19", "equals 19..<20", "slash 20..<21",
            "closeBrace 21..<22", "endOfFile 22..<22",
        ])
    }

    @Test func wordCharacters() {
        #expect(tokens("_a-b.c:d 8000-8100 a-") == [
            "word _a-b.c:d 0..<8", "word 8000-8100 9..<18", "word a- 19..<21", "endOfFile 21..<21",
        ])
    }

    @Test func aWordNeverTakesTheDashOfAnArrow() {
        #expect(tokens("a->b") == ["word a 0..<1", "arrow 1..<3", "word b 3..<4", "endOfFile 4..<4"])
        #expect(tokens("a-->b") == ["word a- 0..<2", "arrow 2..<4", "word b 4..<5", "endOfFile 5..<5"])
        #expect(tokens("k<-\"v\"") == ["word k 0..<1", "backArrow 1..<3", "string v 3..<6", "endOfFile 6..<6"])
    }

    @Test func stringEscapes() {
        #expect(tokens(#""a\"b\\c\nd\te" """#) == [
            "string a\"b\\c\nd\te 0..<15", "string 16..<18", "endOfFile 18..<18",
        ])
        #expect(tokens(#""x\qy" z"#) == ["invalid(EKSSC.LexicalError.invalidEscape(Optional(\"q\"))) 2..<4", "word z 7..<8", "endOfFile 8..<8"])
    }

    @Test func newlinesAndComments() {
        #expect(tokens("a # comment { \"\nb\r\nc\rd") == [
            "word a 0..<1", "newline 15..<16", "word b 16..<17", "newline 17..<19", "word c 19..<20",
            "word d 21..<22", "endOfFile 22..<22",
        ])
    }

    @Test func newlinesAfterCommaAndArrowsDoNotEndTheStatement() {
        #expect(tokens("a,\n\n  # note\r\n b ->\n c <-\n \"d\"\n") == [
            "word a 0..<1", "comma 1..<2", "word b 15..<16", "arrow 17..<19", "word c 21..<22",
            "backArrow 23..<25", "string d 27..<30", "newline 30..<31", "endOfFile 31..<31",
        ])
    }

    @Test func byteOrderMarkOnlyAtTheStart() {
        #expect(tokens([0xEF, 0xBB, 0xBF, 0x61]) == ["word a 3..<4", "endOfFile 4..<4"])
        #expect(tokens([0x61, 0x20, 0xEF, 0xBB, 0xBF]) == [
            "word a 0..<1", "invalid(EKSSC.LexicalError.unexpectedCharacter(\"\\u{FEFF}\")) 2..<5", "endOfFile 5..<5",
        ])
    }

    @Test func lexicalErrors() {
        #expect(tokens([0xFF, 0x00, 0x40]) == [
            "invalid(EKSSC.LexicalError.invalidUTF8(255)) 0..<1",
            "invalid(EKSSC.LexicalError.unexpectedCharacter(\"\\0\")) 1..<2",
            "invalid(EKSSC.LexicalError.unexpectedCharacter(\"@\")) 2..<3", "endOfFile 3..<3",
        ])
        #expect(tokens("\"abc\nd") == [
            "invalid(EKSSC.LexicalError.unterminatedString) 0..<4", "newline 4..<5", "word d 5..<6", "endOfFile 6..<6",
        ])
        #expect(tokens("\"abc\r\n") == [
            "invalid(EKSSC.LexicalError.unterminatedString) 0..<4", "newline 4..<6", "endOfFile 6..<6",
        ])
    }
}
