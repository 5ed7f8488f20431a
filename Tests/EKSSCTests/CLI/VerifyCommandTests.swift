import Foundation
import Testing
@testable import EKSSC

/// `ekssc verify` and `ekssc graph` as a user runs them.
@Suite(.serialized) struct VerifyCommandTests {
    static let platform = Examples.root.appendingPathComponent("platform.sec").path

    @Test func verifyExitsZeroWithTheMatrix() throws {
        let result = try CLIRunner.run(["verify", Self.platform])
        #expect(result.status == 0)
        #expect(result.stdout.contains("storefront:\n"))
        #expect(result.stdout.contains("  storefront/catalog -> data/cache: TCP 6379\n"))
        #expect(result.stdout.hasSuffix("verified: the emitted policies allow exactly what \(Self.platform) declares (2080 probes)\n"))
    }

    @Test func verifyJSON() throws {
        let result = try CLIRunner.run(["verify", Self.platform, "--output", "json"])
        #expect(result.status == 0)
        let report = try #require(try YAMLReader.read(Array(result.stdout.utf8)).first)
        #expect(report["passed"] == .bool(true))
        #expect(report["findings"] == .list([]))
    }

    @Test func verifyExitsTwoOnErrors() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "cluster c {\n}\n".write(to: directory.appendingPathComponent("bad.sec"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["verify", "bad.sec"], in: directory)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
    }

    @Test func graphPrintsDotAndMermaid() throws {
        let dot = try CLIRunner.run(["graph", Self.platform])
        #expect(dot.status == 0)
        #expect(dot.stdout.hasPrefix("digraph ekssc {\n"))
        #expect(dot.stdout.contains("tier_storefront_2Fcatalog -> tier_data_2Fcache [label=\"tcp/6379\"];"))
        let mermaid = try CLIRunner.run(["graph", Self.platform, "--format", "mermaid"])
        #expect(mermaid.status == 0)
        #expect(mermaid.stdout.hasPrefix("flowchart LR\n"))
    }
}
