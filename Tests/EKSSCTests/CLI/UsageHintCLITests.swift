import Foundation
import Testing
@testable import EKSSC

/// Usage errors name what was mistyped and suggest the close spelling.
@Suite(.serialized) struct UsageHintCLITests {
    @Test func misspeltSubcommandSuggestsTheCloseOne() throws {
        let result = try CLIRunner.run(["chek", "x.sec"])
        #expect(result.status == 2)
        #expect(result.stderr.hasSuffix("hint: unknown subcommand 'chek'; did you mean 'check'?\n"))
    }

    @Test func unknownOptionNamesItselfAndTheCloseOne() throws {
        let result = try CLIRunner.run(["build", Examples.root.appendingPathComponent("guide.sec").path, "--out", "x"])
        #expect(result.status == 2)
        #expect(result.stderr.hasSuffix("hint: unknown option '--out'; did you mean '--output'?\n"))
    }

    @Test func unrelatedWordsGetNoHint() throws {
        let result = try CLIRunner.run(["zzzzzz"])
        #expect(result.status == 2)
        #expect(!result.stderr.contains("hint:"))
    }

    @Test func closestSpellingPrefersEditsThenPrefixes() {
        #expect(Compiler.closestSpelling(to: "chek", among: ["build", "check", "diff"]) == "check")
        #expect(Compiler.closestSpelling(to: "--out", among: ["--output", "--output-dir", "--force"]) == "--output")
        #expect(Compiler.closestSpelling(to: "zzz", among: ["build", "check"]) == nil)
    }
}
