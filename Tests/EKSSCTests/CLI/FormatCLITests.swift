import Foundation
import Testing

/// `ekssc fmt`: in place and atomically, `--check`, `-`, directories, refusals.
@Suite struct FormatCLITests {
    private let messy = "namespace a {\n\tpod-security restricted\n}\ntier web in a\ntier database in a\n"
    private let tidy = "namespace a {\n  pod-security restricted\n}\n\ntier web      in a\ntier database in a\n"

    private func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func read(_ url: URL) throws -> String {
        String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    private func modified(_ url: URL) throws -> Date {
        try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as! Date
    }

    @Test func rewritesInPlaceAndLeavesFormattedFilesAlone() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let messyFile = directory.appendingPathComponent("messy.sec")
        let tidyFile = directory.appendingPathComponent("tidy.sec")
        try write(messy, to: messyFile)
        try write(tidy, to: tidyFile)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000),
                                               .posixPermissions: 0o640], ofItemAtPath: messyFile.path)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)],
                                              ofItemAtPath: tidyFile.path)
        let result = try CLIRunner.run(["fmt", messyFile.path, tidyFile.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try read(messyFile) == tidy)
        #expect(try modified(tidyFile) == Date(timeIntervalSince1970: 1_000_000))
        #expect(try modified(messyFile) != Date(timeIntervalSince1970: 1_000_000))
        let permissions = try FileManager.default.attributesOfItem(atPath: messyFile.path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        // No temporary file is left beside them.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["messy.sec", "tidy.sec"])
    }

    @Test func checkListsUnformattedFilesOfDirectoriesInSortedOrder() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try write(messy, to: directory.appendingPathComponent("teams/b.sec"))
        try write(messy, to: directory.appendingPathComponent("a.sec"))
        try write(tidy, to: directory.appendingPathComponent("teams/sub/c.sec"))
        try write(messy, to: directory.appendingPathComponent("teams/notes.txt"))
        try write(messy, to: directory.appendingPathComponent(".build/x.sec"))
        let result = try CLIRunner.run(["fmt", "--check", "."], in: directory)
        #expect(result.status == 1)
        #expect(result.stdout == "./a.sec\n./teams/b.sec\n")
        #expect(try read(directory.appendingPathComponent("a.sec")) == messy)
        let clean = try CLIRunner.run(["fmt", "--check", "teams/sub"], in: directory)
        #expect(clean.status == 0)
        #expect(clean.stdout.isEmpty)
    }

    @Test func dashReadsStandardInputAndWritesStandardOutput() throws {
        let result = try CLIRunner.runShell("printf 'namespace a {\\n\\tpod-security restricted\\n}\\ntier web in a\\ntier database in a\\n' | \"$EKSSC\" fmt -")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == tidy)
    }

    @Test func aFileWithSyntaxErrorsIsRefusedAndLeftAlone() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let broken = directory.appendingPathComponent("broken.sec")
        try write("namespace a {\n  pod-security\n", to: broken)
        let result = try CLIRunner.run(["fmt", "broken.sec"], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.sec:"))
        #expect(result.stderr.contains("error:"))
        #expect(try read(broken) == "namespace a {\n  pod-security\n")
    }

    @Test func aMissingFileIsAnIOError() throws {
        let result = try CLIRunner.run(["fmt", "/nonexistent/x.sec"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no such file"))
    }
}
