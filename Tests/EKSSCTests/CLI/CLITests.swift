import Foundation
import Testing
@testable import EKSSC

/// The `ekssc` command as a user runs it: exit codes, messages, and what it leaves on disk.
@Suite(.serialized) struct CLITests {
    static let guide = Examples.root.appendingPathComponent("guide.sec").path

    @Test func checkExitsZeroOnTheGuideWhoseFindingsAreWaived() throws {
        let result = try CLIRunner.run(["check", Self.guide, "--fail-on", "note"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
    }

    @Test func checkExitsOneWithEveryErrorOfTheFile() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("five.sec")
        try """
        cluster c {
          account "12345"
          region "us-west-2"
          oidc "https://oidc.eks.us-west-2.amazonaws.com/id/ABCDEF"
        }
        namespace shop
        tier web in shop
        flow web -> dbase on tcp/99999
        app a in shop { tier nope; iam-role { allow "s3GetObject" on "*" } }
        """.write(to: file, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["check", "five.sec"], in: directory)
        #expect(result.status == 1)
        let headers = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(headers == [
            "five.sec:2:11: error: invalid AWS account '12345': expected exactly 12 digits",
            "five.sec:8:13: error: undefined tier 'dbase'",
            "five.sec:8:26: error: invalid port '99999': expected a number from 1 to 65535",
            "five.sec:9:22: error: undefined tier 'nope'",
            "five.sec:9:45: error: invalid IAM action 's3GetObject': expected 'service:Action' such as 's3:GetObject', or '*'",
        ])
        #expect(result.stderr.contains("5 errors"))
    }

    @Test(arguments: [
        (["check", "/nonexistent/app.sec"], "ekssc: error: cannot read '/nonexistent/app.sec': no such file"),
        (["check"], "Error: Missing expected argument '<file-or-dir> ...'"),
        (["build", "/nonexistent/app.sec", "-o", "out"], "ekssc: error: cannot read '/nonexistent/app.sec': no such file"),
        (["frobnicate"], "Error: Unexpected argument 'frobnicate'"),
    ])
    func usageAndIOErrorsExitTwo(_ arguments: [String], _ message: String) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
    }

    /// A folder without any `.sec` file below it (a fresh one: a system folder such as /dev may
    /// hold some on a busy machine).
    @Test func checkOfAFolderWithoutSourcesExitsTwo() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("empty/deeper"),
                                                withIntermediateDirectories: true)
        let empty = directory.appendingPathComponent("empty").path
        let result = try CLIRunner.run(["check", empty])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("ekssc: error: cannot read '\(empty)': no .sec file in the directory"), "\(result.stderr)")
    }

    @Test func buildIntoAMissingFolderNamesItAndExitsTwo() throws {
        let result = try CLIRunner.run(["build", Self.guide, "-o", "/nonexistent/dir/out"])
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").last
                == "ekssc: error: cannot write '/nonexistent/dir/out': the folder '/nonexistent/dir' does not exist")
    }

    @Test func buildWritesTheTreeAndCheckReportsStaleness() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out")

        let built = try CLIRunner.run(["build", Self.guide, "-o", out.path])
        #expect(built.status == 0)
        let tree = try Examples.tree(at: out)
        #expect(tree == (try Examples.tree(at: Examples.root.appendingPathComponent("expected-grouped/guide"))))

        #expect(try CLIRunner.run(["build", Self.guide, "-o", out.path, "--check"]).status == 0)

        let policy = out.appendingPathComponent("kubernetes/namespaces/default.yaml")
        try "edited\n".write(to: policy, atomically: true, encoding: .utf8)
        try "extra\n".write(to: out.appendingPathComponent("kubernetes/extra.yaml"), atomically: true, encoding: .utf8)
        let stale = try CLIRunner.run(["build", Self.guide, "-o", out.path, "--check"])
        #expect(stale.status == 1)
        #expect(stale.stdout == "extra: kubernetes/extra.yaml\ndiffers: kubernetes/namespaces/default.yaml\n")

        // Edited by hand, the tree is no longer what its marker lists: build needs --force.
        let refused = try CLIRunner.run(["build", Self.guide, "-o", out.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.hasSuffix("has 'kubernetes/extra.yaml', which ekssc did not write; use --force to replace it\n"))
        #expect(stale.stderr.contains("note: '\(out.path)' is not empty and not as ekssc wrote it"))
        #expect(try CLIRunner.run(["build", Self.guide, "-o", out.path, "--force"]).status == 0)
        #expect(try Examples.tree(at: out) == tree)
    }

    @Test func aFailedBuildLeavesTheOldTreeUntouched() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out")
        #expect(try CLIRunner.run(["build", Self.guide, "-o", out.path]).status == 0)
        let before = try Examples.tree(at: out)

        let broken = directory.appendingPathComponent("broken.sec")
        try "cluster c {\n  account \"1\"\n}\n".write(to: broken, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["build", broken.path, "-o", out.path])
        #expect(result.status == 1)
        #expect(try Examples.tree(at: out) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(leftovers == ["broken.sec", "out"])
    }

    @Test func buildRefusesADirectoryItDidNotWriteUnlessForced() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try "mine\n".write(to: out.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)

        let refused = try CLIRunner.run(["build", Self.guide, "-o", out.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("use --force"))
        #expect(try Examples.tree(at: out) == ["notes.txt": "mine\n"])

        #expect(try CLIRunner.run(["build", Self.guide, "-o", out.path, "--force"]).status == 0)
        #expect(try Examples.tree(at: out)["notes.txt"] == nil)
    }

    /// In both layouts: per-object has a file per object and per AWS CLI call, grouped one per
    /// namespace and one per CloudFormation stack.
    @Test(arguments: [("per-object", 50), ("grouped", 15)])
    func twoRunsOfTheBinaryWriteIdenticalBytes(_ layout: String, _ moreFilesThan: Int) throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let platform = Examples.root.appendingPathComponent("platform.sec").path
        let first = directory.appendingPathComponent("first")
        let second = directory.appendingPathComponent("second")
        #expect(try CLIRunner.run(["build", platform, "-o", first.path, "--layout", layout]).status == 0)
        #expect(try CLIRunner.run(["build", platform, "-o", second.path, "--layout", layout]).status == 0)
        let firstTree = try Examples.tree(at: first)
        #expect(firstTree.count > moreFilesThan)
        #expect(firstTree == (try Examples.tree(at: second)))
    }
}
