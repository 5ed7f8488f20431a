import Foundation
import Testing

/// `ekssc build FILE -o DIR` and `ekssc check FILE` are recognised without ArgumentParser
/// (`CommonInvocation`, for start-up time); any other spelling of the same request
/// (`--output-dir=DIR`, `--layout=...`, `--fail-on=error`) still goes through ArgumentParser.
/// Both paths must be the same program: exit status, stdout, stderr and every written byte.
@Suite struct CommonInvocationCLITests {
    /// One request, spelt the way the fast path takes it and a way only ArgumentParser takes.
    /// `OUT` stands for the output folder (a different one for each run).
    struct Spelling: CustomTestStringConvertible, Sendable {
        var fast: [String]
        var parsed: [String]
        var testDescription: String { fast.joined(separator: " ") }
    }

    static let example = Repository.url("examples/three-tier.sec").path
    static let failing = DiagnosticFixtureTests.folder.appendingPathComponent("iam.conflicting-role.sec").path

    static let spellings: [Spelling] = [
        Spelling(fast: ["build", example, "-o", "OUT"], parsed: ["build", "--output-dir=OUT", example]),
        Spelling(fast: ["build", "-o", "OUT", example, "--layout", "per-object", "--force"],
                 parsed: ["build", "--force", "--layout=per-object", example, "--output-dir", "OUT"]),
        Spelling(fast: ["build", example, "--output-dir", "OUT", "--check"],
                 parsed: ["build", example, "--check", "--output-dir=OUT"]),
        Spelling(fast: ["build", failing, "-o", "OUT"], parsed: ["build", failing, "-o", "OUT", "--fail-on=error"]),
        Spelling(fast: ["build", "missing.sec", "-o", "OUT"], parsed: ["build", "missing.sec", "--output-dir=OUT"]),
        Spelling(fast: ["check", example], parsed: ["check", "--fail-on=error", example]),
        Spelling(fast: ["check", failing, example], parsed: ["check", failing, "--output=text", example]),
    ]

    @Test(arguments: spellings)
    func bothPathsAgree(_ spelling: Spelling) throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fastOut = directory.appendingPathComponent("fast").path
        let parsedOut = directory.appendingPathComponent("parsed").path
        let fast = try CLIRunner.run(spelling.fast.map { $0.replacingOccurrences(of: "OUT", with: fastOut) })
        let parsed = try CLIRunner.run(spelling.parsed.map { $0.replacingOccurrences(of: "OUT", with: parsedOut) })
        #expect(fast.status == parsed.status)
        #expect(fast.stdout.replacingOccurrences(of: fastOut, with: "OUT") == parsed.stdout.replacingOccurrences(of: parsedOut, with: "OUT"))
        // The suggested command line names the folder; the rest of stderr is the same text.
        let fastErr = fast.stderr.replacingOccurrences(of: fastOut, with: "OUT")
        let parsedErr = parsed.stderr.replacingOccurrences(of: parsedOut, with: "OUT")
        #expect(fastErr == parsedErr)
        #expect(try tree(fastOut) == tree(parsedOut))
    }

    /// Every file below `root` with its bytes, by relative path; empty when nothing was written.
    private func tree(_ root: String) throws -> [String: Data] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [:] }
        var files: [String: Data] = [:]
        for case let path as String in walker {
            var isDirectory: ObjCBool = false
            let full = root + "/" + path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: URL(fileURLWithPath: full))
            }
        }
        return files
    }
}
