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

/// `build --check` on a folder that does not exist says so once, instead of listing every file.
@Suite struct CheckMissingOutputCLITests {
    @Test func missingOutputFolderIsReportedOnce() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let guide = Repository.url("examples/guide.sec").path
        let result = try CLIRunner.run(["build", guide, "-o", "out", "--check"], in: directory)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "out does not exist: nothing has been built there yet; run 'ekssc build \(guide) -o out'\n")
    }

    @Test func anEmptyFolderStillListsEveryMissingFile() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("out"), withIntermediateDirectories: true)
        let result = try CLIRunner.run(["build", Repository.url("examples/guide.sec").path, "-o", "out", "--check"], in: directory)
        #expect(result.status == 1)
        #expect(result.stdout.contains("missing: kustomization.yaml\n"))
        #expect(result.stderr.hasPrefix("out is stale: "))
    }
}
