import Testing
@testable import EKSSC

/// Bad or unusual input gets exact diagnostics, never a crash, a hang or unbounded output.
@Suite struct RobustnessTests {
    private func summaries(_ bytes: [UInt8]) -> [String] {
        let file = SourceFile(path: "test.sec", bytes: bytes)
        return SyntaxTestSupport.summaries(Parser.parse(file).diagnostics, in: file)
    }

    @Test func emptyFile() {
        let (result, _) = SyntaxTestSupport.parse("")
        #expect(result.diagnostics.isEmpty)
        #expect(result.syntax.declarations.isEmpty)
        #expect(result.rulesUsed == ["file"])
    }

    @Test func onlyCommentsAndBlankLines() {
        let (result, _) = SyntaxTestSupport.parse("# a comment\n\n   # another; with { braces\n\t# and no final newline")
        #expect(result.diagnostics.isEmpty)
        #expect(result.syntax.declarations.isEmpty)
    }

    @Test func nulBytes() {
        #expect(summaries([0, 0, 0x0A] + Array("namespace a\u{0}b\n".utf8)) == [
            "1:1: unexpected character U+0000",
            "2:12: unexpected character U+0000",
        ])
    }

    @Test func binaryGarbageGivesBoundedDiagnostics() {
        // 10,000 lines alternating a NUL line and an invalid-UTF-8 line: one error per line,
        // then the stop after 50.
        var bytes: [UInt8] = []
        for _ in 0..<5_000 { bytes += [0x00, 0xFF, 0x01, 0x0A, 0x80, 0x40, 0x7F, 0x0A] }
        var expected: [String] = (1...50).map { line in
            line % 2 == 1 ? "\(line):1: unexpected character U+0000" : "\(line):1: invalid UTF-8 byte 0x80"
        }
        expected.append("51:1: too many errors, stopping")
        #expect(summaries(bytes) == expected)
    }

    @Test func binaryGarbageWithoutLineBreaks() {
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }.filter { $0 != 0x0A && $0 != 0x0D }
        #expect(summaries(bytes) == ["1:1: invalid UTF-8 byte 0xFC"])
    }

    @Test(arguments: [
        ([0x6E, 0x61, 0x6D, 0x65, 0x73, 0x70, 0x61, 0x63, 0x65, 0x20, 0xC3, 0x28], "1:11: invalid UTF-8 byte 0xC3"),
        ([0xC0, 0xAF], "1:1: invalid UTF-8 byte 0xC0"),  // overlong
        ([0xED, 0xA0, 0x80], "1:1: invalid UTF-8 byte 0xED"),  // surrogate
        ([0xF4, 0x90, 0x80, 0x80], "1:1: invalid UTF-8 byte 0xF4"),  // past U+10FFFF
        ([0x20, 0xE2, 0x82], "1:2: invalid UTF-8 byte 0xE2"),  // truncated at the end
        ([0x22, 0xFF, 0x22], "1:2: invalid UTF-8 byte 0xFF"),  // inside a string
    ] as [([UInt8], String)])
    func invalidUTF8(bytes: [UInt8], expected: String) {
        #expect(summaries(bytes) == [expected])
    }

    @Test func nonASCIIOutsideAndInsideStrings() {
        #expect(SyntaxTestSupport.summaries("namespace café") == ["1:14: unexpected character 'é'"])
        #expect(SyntaxTestSupport.summaries("namespace a {\n  label team = \"zürich ☃\"\n}\n") == [])
        #expect(SyntaxTestSupport.summaries("namespace a\u{200B}") == ["1:12: unexpected character U+200B"])
    }

    @Test func byteOrderMark() {
        let (result, file) = SyntaxTestSupport.parse("\u{FEFF}namespace payments\n")
        #expect(result.diagnostics.isEmpty)
        guard case .namespace(let namespace) = result.syntax.declarations.first else {
            Issue.record("expected a namespace")
            return
        }
        #expect(namespace.name.value == "payments")
        #expect(namespace.range == SourceRange(start: 3, end: 21))
        // The mark is not a column.
        #expect(file.location(of: namespace.name.range.start) == SourceLocation(line: 1, column: 11))
        #expect(SyntaxTestSupport.summaries("\u{FEFF}clustr c\n") == ["1:1: unknown declaration 'clustr'"])
        // Only at offset 0 is the mark skipped.
        #expect(SyntaxTestSupport.summaries("namespace a\n\u{FEFF}namespace b\n") == ["2:1: unexpected character U+FEFF"])
    }

    @Test func crlfLineEndings() {
        let text = "cluster prod {\r\n  region \"us-west-2\"\r\n  regoin \"x\"\r\n}\r\n"
        let (result, _) = SyntaxTestSupport.parse(text)
        #expect(SyntaxTestSupport.summaries(text) == ["3:3: unknown setting 'regoin' in cluster"])
        guard case .cluster(let cluster) = result.syntax.declarations.first,
              case .region(let region) = cluster.settings.first?.value else {
            Issue.record("expected a cluster with a region")
            return
        }
        #expect(region.value == "us-west-2")
        #expect(cluster.settings.first?.range == SourceRange(start: 18, end: 36))
    }

    @Test func loneCarriageReturnIsWhiteSpace() {
        #expect(SyntaxTestSupport.summaries("namespace a\rnamespace b\n") == [
            "1:13: expected end of line after 'namespace' declaration",
        ])
    }

    @Test func tabs() {
        #expect(SyntaxTestSupport.summaries("cluster\tprod {\n\tregion\t\"us-west-2\"\n\t\tregoin \"x\"\n}\n") == [
            "3:3: unknown setting 'regoin' in cluster",
        ])
    }

    @Test func unterminatedStrings() {
        #expect(SyntaxTestSupport.summaries("cluster c {\n  region \"us-west-2\n  account \"1\n}\n") == [
            "2:10: unterminated string",
            "3:11: unterminated string",
        ])
        #expect(SyntaxTestSupport.summaries("nodes \"arn") == ["1:7: unterminated string"])
    }

    @Test func unknownKeyword() {
        #expect(SyntaxTestSupport.summaries("namespace a\nnamspace b\nwhatever c\n") == [
            "2:1: unknown declaration 'namspace'",
            "3:1: unknown declaration 'whatever'",
        ])
    }

    @Test func missingClosingBraceAtEndOfFile() {
        let (result, file) = SyntaxTestSupport.parse("app api in payments {\n  serviceaccount api\n")
        #expect(SyntaxTestSupport.summaries(result.diagnostics, in: file) == ["3:1: expected '}' to close 'app' block"])
        #expect(result.diagnostics.first?.notes == [DiagnosticNote("block opened here", at: SourceRange(start: 20, end: 21))])
        // The app is still in the tree, with what could be read.
        guard case .app(let app) = result.syntax.declarations.first else {
            Issue.record("expected an app")
            return
        }
        #expect(app.settings.count == 1)
    }

    @Test func aHundredThousandCharacterLine() {
        let name = String(repeating: "a", count: 100_000)
        let (result, _) = SyntaxTestSupport.parse("namespace \(name)\n")
        #expect(result.diagnostics.isEmpty)
        guard case .namespace(let namespace) = result.syntax.declarations.first else {
            Issue.record("expected a namespace")
            return
        }
        #expect(namespace.name.value.utf8.count == 100_000)
        #expect(SyntaxTestSupport.summaries("namespace a " + String(repeating: "@", count: 100_000)) == [
            "1:13: unexpected character '@'",
        ])
    }

    @Test func tenThousandNestedBraces() {
        let open = String(repeating: "{", count: 10_000)
        let close = String(repeating: "}", count: 10_000)
        #expect(SyntaxTestSupport.summaries(open) == ["1:1: expected a declaration, found '{'"])
        #expect(SyntaxTestSupport.summaries(open + close + "\nnamespace a\n") == ["1:1: expected a declaration, found '{'"])
        #expect(SyntaxTestSupport.summaries("cluster c " + open + "\n") == [
            "1:12: expected a setting in cluster, found '{'",
            "2:1: expected '}' to close 'cluster' block",
        ])
        #expect(SyntaxTestSupport.summaries(close) == ["1:1: unexpected '}'"])
    }

    @Test func twentyMebibyteInput() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 20 * 1024 * 1024)
        let result = Parser.parse(SourceFile(path: "big.sec", bytes: bytes))
        #expect(result.diagnostics.map(\.message) == ["file is too large (20.0 MiB; the limit is 16 MiB)"])
        #expect(result.diagnostics.first?.range == .empty(at: 0))
        #expect(result.diagnostics.first?.id == "syntax.file-too-large")
        #expect(result.syntax.declarations.isEmpty)
        #expect(Parser.mebibytes(Parser.maxSourceBytes + 1) == "16.0")
    }

    @Test func tenThousandApps() {
        var text = "namespace payments\ntier web in payments\n"
        for index in 0..<10_000 {
            text += "app app-\(index) in payments {\n  serviceaccount sa-\(index)\n  tier web\n"
                + "  iam-role { allow \"s3:GetObject\" on \"arn:aws:s3:::bucket-\(index)/*\" }\n}\n"
        }
        let (result, _) = SyntaxTestSupport.parse(text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.syntax.declarations.count == 10_002)
    }
}
