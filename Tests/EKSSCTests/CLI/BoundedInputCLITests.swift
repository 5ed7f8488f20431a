import Foundation
import Testing
@testable import EKSSC

/// Every input is read with its size limit enforced while reading: endless inputs end with
/// exit 2 and "input larger than 16 MiB" instead of exhausting memory.
@Suite(.serialized) struct BoundedInputCLITests {
    static let guide = Examples.root.appendingPathComponent("guide.sec").path
    static let message = "input larger than 16 MiB"

    @Test func checkRefusesAnEndlessDevice() throws {
        let result = try CLIRunner.run(["check", "/dev/zero"])
        #expect(result.status == 2)
        #expect(result.stderr == "ekssc: error: cannot read '/dev/zero': \(Self.message)\n")
    }

    @Test func diffRefusesAnEndlessLiveFile() throws {
        let result = try CLIRunner.run(["diff", Self.guide, "--live", "/dev/zero"])
        #expect(result.status == 2)
        #expect(result.stderr.hasSuffix("ekssc: error: cannot read '/dev/zero': \(Self.message)\n"))
    }

    @Test func diffRefusesAnEndlessStandardInput() throws {
        // `yes` writes until the pipe's reader is gone; ekssc must stop reading at the limit.
        let started = Date()
        let result = try CLIRunner.runShell(#"yes 2>/dev/null | "$EKSSC" diff "$1" --live -"#, arguments: [Self.guide])
        #expect(result.status == 2)
        #expect(result.stderr.hasSuffix("ekssc: error: cannot read '-': \(Self.message)\n"))
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test func aSeventeenMebibyteLineIsRefusedBeforeItIsRead() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("big.sec")
        try Data(repeating: UInt8(ascii: "a"), count: 17 << 20).write(to: file)
        let started = Date()
        let result = try CLIRunner.run(["check", file.path])
        let elapsed = Date().timeIntervalSince(started)
        #expect(result.status == 2)
        #expect(result.stderr == "ekssc: error: cannot read '\(file.path)': \(Self.message)\n")
        #expect(elapsed < 2, "took \(elapsed) s")
    }

    @Test func iamLiveFilesAreBounded() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Every role of the guide gets a get-role.json that is an endless device.
        let artifacts = try #require(Compiler.build(SourceFile(path: Self.guide, text: String(contentsOfFile: Self.guide, encoding: .utf8))).artifacts)
        for role in artifacts.iamRoles {
            let folder = directory.appendingPathComponent(role.roleName)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("get-role.json").path,
                                                       withDestinationPath: "/dev/zero")
        }
        let result = try CLIRunner.run(["diff", Self.guide, "--iam-live", directory.path])
        #expect(result.status == 2)
        #expect(result.stderr.hasSuffix("get-role.json': \(Self.message)\n"), "\(result.stderr)")
    }

    @Test func kubectlOutputIsBounded() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let kubectl = directory.appendingPathComponent("kubectl")
        try "#!/bin/sh\nexec head -c 20000000 /dev/zero\n".write(to: kubectl, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: kubectl.path)
        let result = try CLIRunner.run(["diff", Self.guide, "--kubectl", "--kubectl-path", kubectl.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("printed more than 16 MiB"), "\(result.stderr)")
    }
}
