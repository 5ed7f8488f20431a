import Testing
@testable import EKSSC

/// The one UTF-8 rule and the one byte order mark check, as columns, the renderer and the lexer
/// see them.
@Suite struct SourceTextRuleTests {
    @Test func anOverlongSequenceIsOneColumnPerByte() {
        // C0 AF and E0 80 AF are overlong slashes: each byte is an invalid byte of its own.
        let file = SourceFile(path: "t.sec", bytes: [0xE0, 0x80, 0xAF, 0x61, 0xC0, 0xAF, 0x62])
        #expect(file.location(of: 3) == SourceLocation(line: 1, column: 4))
        #expect(file.location(of: 6) == SourceLocation(line: 1, column: 7))
        #expect(UTF8Decoding.columnLength(in: file.bytes, at: 0) == 1)
        let kinds = Lexer.tokens(of: file).map(\.kind)
        #expect(kinds == [.invalid(.invalidUTF8(0xE0)), .invalid(.invalidUTF8(0x80)), .invalid(.invalidUTF8(0xAF)), .word,
                          .invalid(.invalidUTF8(0xC0)), .invalid(.invalidUTF8(0xAF)), .word, .endOfFile])
    }

    @Test func aSurrogateIsOneColumnPerByte() {
        // ED A0 80 would be U+D800, a surrogate: not a scalar.
        let file = SourceFile(path: "t.sec", bytes: [0xED, 0xA0, 0x80, 0x61])
        #expect(file.location(of: 3) == SourceLocation(line: 1, column: 4))
        #expect(UTF8Decoding.scalar(in: file.bytes, at: 0) == nil)
    }

    @Test func wellFormedSequencesAreOneColumn() {
        let file = SourceFile(path: "t.sec", text: "é✓🙂x")
        #expect(file.location(of: 9) == SourceLocation(line: 1, column: 4))
        #expect(file.location(of: 10) == SourceLocation(line: 1, column: 5))
    }

    @Test func theByteOrderMarkIsNoColumnAndOnlyAtTheStart() {
        let marked = SourceFile(path: "t.sec", bytes: [0xEF, 0xBB, 0xBF, 0x61])
        #expect(marked.byteOrderMarkLength == 3)
        #expect(marked.location(of: 3) == SourceLocation(line: 1, column: 1))
        #expect(Array(marked.lineText(1)) == [0x61])
        #expect(SourceFile(path: "t.sec", bytes: [0x61, 0xEF, 0xBB, 0xBF]).byteOrderMarkLength == 0)
        #expect(SourceFile.byteOrderMarkLength(of: [0xEF, 0xBB]) == 0)
    }

    @Test func theLineIndexTakesGlobalOffsets() {
        let file = SourceFile(path: "t.sec", text: "a\nbb\nc", baseOffset: 100)
        #expect(file.lineIndex(of: 100) == 0)
        #expect(file.lineIndex(of: 102) == 1)
        #expect(file.lineIndex(of: 105) == 2)
        #expect(file.location(of: 103) == SourceLocation(line: 2, column: 2))
    }
}
