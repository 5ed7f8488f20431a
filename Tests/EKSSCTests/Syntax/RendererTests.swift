import Testing
@testable import EKSSC

/// Syntax errors through `DiagnosticRenderer`: the caret under the exact range, tabs kept so that
/// the caret lines up, long lines cut around the caret.
@Suite struct RendererTests {
    private func render(_ text: String) -> String {
        let (result, file) = SyntaxTestSupport.parse(text)
        return DiagnosticRenderer().render(result.diagnostics, in: file)
    }

    @Test func caretUnderTheExactRange() {
        #expect(render("cluster prod {\n  region \"us-west-2\"; endpoint \"private\"\n}\n") == """
            test.sec:2:32: error: expected a word after 'endpoint'
              region "us-west-2"; endpoint "private"
                                           ^~~~~~~~~
            hint: write the value without quotes

            """)
    }

    @Test func tabsKeepTheCaretAligned() {
        #expect(render("cluster prod {\n\t\tregoin\t\"x\"\n}\n") == """
            test.sec:2:3: error: unknown setting 'regoin' in cluster
            \t\tregoin\t"x"
            \t\t^~~~~~
            hint: did you mean 'region'?

            """)
    }

    @Test func nonASCIIAndInvalidBytesAreOneColumnEach() {
        let file = SourceFile(path: "test.sec", bytes: Array("namespace é".utf8) + [0xE2, 0x28, 0x40])
        let rendered = DiagnosticRenderer().render(Parser.parse(file).diagnostics, in: file)
        #expect(rendered == """
            test.sec:1:11: error: unexpected character 'é'
            namespace é\u{FFFD}(@
                      ^

            """)
        #expect(file.location(of: 14) == SourceLocation(line: 1, column: 14))
    }

    @Test func aHundredThousandCharacterLineIsCutAroundTheCaret() {
        let line = "namespace " + String(repeating: "a", count: 50_000) + " %" + String(repeating: "b", count: 50_000)
        let rendered = render(line + "\n")
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4)
        #expect(lines[0] == "test.sec:1:50012: error: unexpected character '%'")
        // 160 columns shown: 40 before the caret, cut on both sides.
        #expect(lines[1] == "..." + String(repeating: "a", count: 39) + " %" + String(repeating: "b", count: 119) + "...")
        #expect(lines[2] == "   " + String(repeating: " ", count: 40) + "^")
        #expect(lines[3] == "")
    }

    @Test func longUnderlineStopsAtTheCut() {
        let value = String(repeating: "x", count: 1_000)
        let rendered = render("cluster c {\n  region \(value)\n}\n")
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1] == "  region " + String(repeating: "x", count: 151) + "...")
        #expect(lines[2] == String(repeating: " ", count: 9) + "^" + String(repeating: "~", count: 150))
    }

    @Test func byteOrderMarkIsNeitherShownNorCounted() {
        #expect(render("\u{FEFF}namespace a b\n") == """
            test.sec:1:13: error: expected end of line after 'namespace' declaration
            namespace a b
                        ^
            hint: put each statement on its own line, or separate them with ';'

            """)
    }

    @Test func closingBraceMissingAtEndOfFile() {
        #expect(render("tier web in payments {\n  dns on") == """
            test.sec:2:9: error: expected '}' to close 'tier' block
              dns on
                    ^
            test.sec:1:22: note: block opened here
            tier web in payments {
                                 ^

            """)
    }
}
