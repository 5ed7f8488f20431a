import Foundation
import Testing
@testable import EKSSC

/// `--output sarif`, `--fail-on` and `--rule` on `check` and `build`.
@Suite(.serialized) struct CLILintTests {
    static let risky = """
        cluster c {
          account "123456789012"
          region "us-west-2"
          oidc "https://oidc.eks.us-west-2.amazonaws.com/id/ABCDEF"
          secrets-encryption "arn:aws:kms:us-west-2:123456789012:key/12345678-1234-1234-1234-123456789012"
          logging api, audit, authenticator
          endpoint private
          authentication api
        }
        namespace shop { pod-security restricted }
        role reader in shop { allow get on secrets }
        """

    static func write(_ text: String) throws -> URL {
        let directory = try CLIRunner.temporaryDirectory()
        try text.write(to: directory.appendingPathComponent("risky.sec"), atomically: true, encoding: .utf8)
        return directory
    }

    @Test func warningsPassByDefaultAndFailWithFailOnWarning() throws {
        let directory = try Self.write(Self.risky)
        defer { try? FileManager.default.removeItem(at: directory) }
        let relaxed = try CLIRunner.run(["check", "risky.sec"], in: directory)
        #expect(relaxed.status == 0)
        #expect(relaxed.stderr.hasPrefix("risky.sec:11:23: warning: role 'reader' reads every Secret in 'shop' [EKS-RBAC-004]\n"))
        let strict = try CLIRunner.run(["check", "risky.sec", "--fail-on", "warning"], in: directory)
        #expect(strict.status == 1)
        let build = try CLIRunner.run(["build", "risky.sec", "-o", "out", "--fail-on", "warning"], in: directory)
        #expect(build.status == 1)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))
    }

    @Test func ruleLevelsFromTheCommandLine() throws {
        let directory = try Self.write(Self.risky)
        defer { try? FileManager.default.removeItem(at: directory) }
        let raised = try CLIRunner.run(["check", "risky.sec", "--rule", "EKS-RBAC-004=error"], in: directory)
        #expect(raised.status == 1)
        #expect(raised.stderr.contains(": error: role 'reader' reads every Secret"))
        let off = try CLIRunner.run(["check", "risky.sec", "--rule", "EKS-RBAC-004=off", "--fail-on", "note"], in: directory)
        #expect(off.status == 0)
        #expect(off.stderr == "")
        let unknown = try CLIRunner.run(["check", "risky.sec", "--rule", "EKS-RBAC-04=off"], in: directory)
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "ekssc: error: unknown rule 'EKS-RBAC-04' in --rule; did you mean 'EKS-RBAC-004'?\n")
        let badLevel = try CLIRunner.run(["check", "risky.sec", "--fail-on", "loud"], in: directory)
        #expect(badLevel.status == 2)
    }

    @Test func sarifOnStdoutFromCheckAndBuildValidates() throws {
        let directory = try Self.write(Self.risky)
        defer { try? FileManager.default.removeItem(at: directory) }
        let check = try CLIRunner.run(["check", "risky.sec", "--output", "sarif"], in: directory)
        #expect(check.status == 0)
        #expect(check.stderr == "")
        #expect(check.stdout.contains("\"ruleId\": \"EKS-RBAC-004\""))
        #expect(check.stdout.contains("\"uri\": \"risky.sec\""))
        let build = try CLIRunner.run(["build", "risky.sec", "--output-dir", "out", "--output", "sarif"], in: directory)
        #expect(build.status == 0)
        #expect(build.stdout == check.stdout)
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("out/.ekssc-output").path))
    }

    @Test(.enabled(if: ValidatorTools.sarifScript != nil, "needs the validators' bin/sarif.sh (EKSSC_VALIDATORS)"))
    func sarifOnStdoutPassesTheValidator() throws {
        let directory = try Self.write(Self.risky)
        defer { try? FileManager.default.removeItem(at: directory) }
        let check = try CLIRunner.run(["check", "risky.sec", "--output", "sarif"], in: directory)
        let (report, status) = try #require(try SARIFValidator.validate(["check.sarif": check.stdout]))
        #expect(status == 0, "\(report)")
    }
}
