import Testing
@testable import EKSSC

/// `Parser.parseInChunks` gives exactly the tree of one parse, or nothing (then `parse` parses
/// the file whole): the cuts are checked on every file of the corpus with pieces of a few bytes,
/// so that every possible cut of those files is tried.
@Suite struct ChunkedParseTests {
    /// Everything the parser returns, as text (every node with its ranges and values).
    private func dumped(_ result: ParseResult) -> String {
        var text = ""
        dump(result.syntax, to: &text)
        return text + "\n" + result.rulesUsed.sorted().joined(separator: ",")
    }

    @Test func piecesGiveTheTreeOfOneParseOrNothing() {
        var chunked = 0
        for file in SourceCorpus.files {
            let whole = Parser.parseWhole(file)
            guard let pieces = Parser.parseInChunks(file, every: 1) else {
                continue
            }
            chunked += 1
            #expect(whole.diagnostics.isEmpty, "\(file.path): cut although one parse reports errors")
            #expect(whole.damage.isEmpty, "\(file.path)")
            #expect(dumped(pieces) == dumped(whole), "\(file.path)")
        }
        // The examples have many declarations that end with a block: most files are cut.
        #expect(chunked > 10)
    }

    @Test func cutsAreAtLinesAfterALineEndingInABrace() {
        let text = """
            cluster c {
              region "us-west-2"
            }
            namespace a { label x "}" }
            flow a -> b
            tier t in a
            app x in a {
              tier t
            } # a comment
            app y in a
            app z in a { tier t }\t
            
            # a comment line
            app w in a
            """
        let file = SourceFile(path: "cuts.sec", text: text)
        let starts = file.bytes.withUnsafeBufferPointer { Parser.chunkStarts($0, every: 1) }
        let lines = starts.map { file.location(of: $0).line }
        // After `cluster`'s block and `namespace`'s block; not after `flow` or `tier`, whose
        // lines end with a word, nor after a line with a comment, a blank line or a comment line.
        #expect(lines == [1, 4, 5])
    }

    @Test func aCutInsideABlockMeansOneParse() {
        // `tier t` starts a line after a `}`, but inside `app x`: the first piece misses its
        // `}`, the second has one too many, so the file is parsed whole.
        let text = """
            namespace a
            tier t in a
            app x in a {
              iam-role {
                managed "arn:aws:iam::aws:policy/ReadOnlyAccess"
              }
            tier t
            }
            """
        let file = SourceFile(path: "inside.sec", text: text)
        let starts = file.bytes.withUnsafeBufferPointer { Parser.chunkStarts($0, every: 1) }
        #expect(starts.map { file.location(of: $0).line } == [1, 7])
        #expect(Parser.parseWhole(file).diagnostics.isEmpty)
        #expect(Parser.parseInChunks(file, every: 1) == nil)
        #expect(dumped(Parser.parse(file)) == dumped(Parser.parseWhole(file)))
    }

    @Test func errorsInAnyPieceGiveTheDiagnosticsOfOneParse() {
        // The second piece alone would be a clean file: the error in the first sends the whole
        // file through one parse, so the error and its statement are reported as one parse does.
        let text = "namespace a { isolation }\nnamespace b { pod-security restricted }\n"
        let file = SourceFile(path: "broken.sec", text: text)
        #expect(Parser.parseInChunks(file, every: 1) == nil)
        let whole = Parser.parseWhole(file)
        #expect(!whole.diagnostics.isEmpty)
    }

    @Test func anOwnerThatStartsALaterPieceIsStillNotFirst() {
        // `owner` opens the second piece, but not the file: the piece knows its offset, reports
        // the misplaced statement, and the whole file gives the error (never a second owner).
        let text = "namespace a { pod-security restricted }\nowner payments {\n  namespaces a\n}\n"
        let file = SourceFile(path: "owner.sec", text: text)
        let starts = file.bytes.withUnsafeBufferPointer { Parser.chunkStarts($0, every: 1) }
        #expect(starts.map { file.location(of: $0).line } == [1, 2])
        #expect(Parser.parseInChunks(file, every: 1) == nil)
        let whole = Parser.parse(file)
        #expect(whole.diagnostics.map(\.id) == [SyntaxDiagnostic.ownerNotFirst.id])
        #expect(whole.syntax.owners.isEmpty)
    }

    @Test func largeFilesAreParsedInPiecesWithTheSameTree() {
        // Over two pieces of `chunkBytes`: `parse` takes the chunked path.
        var text = "cluster c {\n  region \"us-west-2\"\n}\n"
        var index = 0
        while text.utf8.count < 2 * Parser.chunkBytes + 4096 {
            text += "namespace n\(index) { pod-security restricted }\napp a\(index) in n\(index) {\n  tier t\n}\n"
            index += 1
        }
        let file = SourceFile(path: "large.sec", text: text)
        #expect(Parser.parseInChunks(file, every: Parser.chunkBytes) != nil)
        #expect(dumped(Parser.parse(file)) == dumped(Parser.parseWhole(file)))
    }

    @Test func grammarRuleBitsAreTheCaseIndices() {
        for (index, rule) in GrammarRule.allCases.enumerated() {
            #expect(rule.bit == 1 << UInt64(index), "\(rule)")
        }
        #expect(GrammarRule.allCases.count <= 64)
    }
}
