import Testing
@testable import EKSSC

/// `SourceFileSyntax.mayInterpolate` lets `ReuseExpansion` keep the tree of files without `$`
/// (issue 13): it must be true whenever any file of the program has one.
@Suite struct InterpolationFlagTests {
    static let plain = "namespace shop\nlet bucket = \"assets\"\n"
    static let interpolating = "namespace shop\nlet bucket = \"assets\"\nlet path = \"${bucket}/x\"\n"

    @Test func theParserNotesADollar() {
        #expect(!Parser.parse(SourceFile(path: "a.sec", text: Self.plain)).syntax.mayInterpolate)
        #expect(Parser.parse(SourceFile(path: "b.sec", text: Self.interpolating)).syntax.mayInterpolate)
        // A `$` anywhere counts, a comment's too: the flag only ever errs towards substituting.
        #expect(Parser.parse(SourceFile(path: "c.sec", text: "# $\nnamespace shop\n")).syntax.mayInterpolate)
    }

    @Test func mergedFilesMayInterpolateWhenAnyDoes() {
        let plain = Parser.parse(SourceFile(path: "a.sec", text: Self.plain))
        let interpolating = Parser.parse(SourceFile(path: "b.sec", text: Self.interpolating, baseOffset: 1_000))
        #expect(ParseResult.merging([plain, interpolating]).syntax.mayInterpolate)
        #expect(ParseResult.merging([interpolating, plain]).syntax.mayInterpolate)
        #expect(!ParseResult.merging([plain, plain]).syntax.mayInterpolate)
        // Built without the parser: unknown, so substitution runs.
        #expect(SourceFileSyntax(declarations: []).mayInterpolate)
    }

    /// Without a `$`, expansion leaves every declaration as parsed; constants are still
    /// resolved and reported (an unused `let` is a warning either way).
    @Test func expansionWithoutADollarKeepsTheTree() {
        let parsed = Parser.parse(SourceFile(path: "a.sec", text: Self.plain)).syntax
        let expanded = ReuseExpansion.expand(parsed)
        #expect(expanded.syntax.declarations.map(\.range) == parsed.declarations.filter {
            if case .constant = $0 { false } else { true }
        }.map(\.range))
        #expect(expanded.diagnostics.map(\.message) == ["constant 'bucket' is never used"])
    }
}
