import Testing
@testable import EKSSC

/// `ekssc fmt` on every example and fixture that parses: idempotent, meaning-preserving,
/// comment-preserving; and every file with a syntax error is refused.
@Suite struct FormatPropertyTests {
    static let parsing = SourceCorpus.files.filter { file in
        !Parser.parse(file).diagnostics.contains { $0.severity == .error }
    }

    static func formatted(_ file: SourceFile) -> SourceFile? {
        SourceFormatter.format(file).formatted.map { SourceFile(path: file.path, bytes: $0) }
    }

    /// Every comment's text, trailing white space removed, in order.
    static func comments(_ file: SourceFile) -> [String] {
        var comments: [String] = []
        for token in Lexer.tokens(of: file) {
            let trivia = file.bytes[token.leadingTrivia.start..<token.leadingTrivia.end]
            var index = trivia.startIndex
            while let hash = trivia[index...].firstIndex(of: UInt8(ascii: "#")) {
                let end = trivia[hash...].firstIndex(of: UInt8(ascii: "\n")) ?? trivia.endIndex
                var text = String(decoding: trivia[hash..<end], as: UTF8.self)
                while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
                comments.append(text)
                index = end
            }
        }
        return comments
    }

    @Test func theCorpusHasFilesThatParse() {
        #expect(Self.parsing.count >= 100)
        #expect(Self.parsing.contains { $0.path == "examples/platform.sec" })
    }

    @Test func formattingIsIdempotent() throws {
        for file in Self.parsing {
            let once = try #require(Self.formatted(file), "\(file.path)")
            let twice = try #require(Self.formatted(once), "\(file.path)")
            #expect(twice.bytes == once.bytes, "\(file.path)")
        }
    }

    @Test func formattingKeepsTheBuildOutput() throws {
        for file in Self.parsing {
            let once = try #require(Self.formatted(file), "\(file.path)")
            let before = Compiler.compile(file)
            let after = Compiler.compile(once)
            #expect(after.files == before.files, "\(file.path)")
            #expect(after.diagnostics.map { "\($0.id) \($0.severity) \($0.message)" }
                == before.diagnostics.map { "\($0.id) \($0.severity) \($0.message)" }, "\(file.path)")
        }
    }

    @Test func formattingKeepsEveryTokenAndComment() throws {
        for file in Self.parsing {
            let once = try #require(Self.formatted(file), "\(file.path)")
            #expect(Self.comments(once) == Self.comments(file), "\(file.path)")
            let kinds = { (file: SourceFile) in
                Lexer.tokens(of: file).filter { $0.kind != .newline && $0.kind != .semicolon }.map { "\($0.kind) \($0.text)" }
            }
            #expect(kinds(once) == kinds(file), "\(file.path)")
        }
    }

    @Test func filesWithSyntaxErrorsAreRefused() {
        let broken = SourceCorpus.files.filter { file in Parser.parse(file).diagnostics.contains { $0.severity == .error } }
        #expect(!broken.isEmpty)
        for file in broken {
            let outcome = SourceFormatter.format(file)
            #expect(outcome.formatted == nil, "\(file.path)")
            #expect(!outcome.diagnostics.isEmpty)
            #expect(outcome.renderDiagnostics().contains("error:"))
        }
    }
}
