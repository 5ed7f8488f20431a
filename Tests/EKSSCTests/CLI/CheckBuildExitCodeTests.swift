import Foundation
import Testing

/// The commands themselves agree: files that `ekssc build` used to refuse only after analysis
/// (IAM quotas, colliding names, file names too long for the file system, exit 2 without a
/// location) now make `ekssc check` and `ekssc build` both exit 1 with the same located errors,
/// and build writes nothing.
@Suite struct CheckBuildExitCodeTests {
    @Test(arguments: ["iam.too-many-managed-policies", "iam.inline-policy-too-large", "iam.conflicting-role",
                      "semantics.output-name-too-long", "semantics.output-path-collision",
                      "semantics.invalid-remote-key", "semantics.duplicate-principal"])
    func checkAndBuildBothExitOne(_ id: String) throws {
        let fixture = DiagnosticFixtureTests.folder.appendingPathComponent("\(id).sec").path
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("out").path
        let check = try CLIRunner.run(["check", fixture])
        let build = try CLIRunner.run(["build", fixture, "-o", output])
        #expect(check.status == 1)
        #expect(build.status == 1)
        #expect(check.stderr == build.stderr)
        #expect(check.stderr.contains("\(id).sec:"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
