import Foundation
import Testing
@testable import EKSSC

/// `ekssc` with several files and directories: one program, each diagnostic in its own file,
/// every unreadable path named (exit 2), and a SARIF log with one artifact per file.
@Suite struct MultiFileCLITests {
    static let cluster = """
        cluster demo {
          account "123456789012"
          region  "us-west-2"
          oidc    "https://oidc.eks.us-west-2.amazonaws.com/id/ABC123"
        }
        namespace shop

        """

    /// `platform.sec` and `teams/{b,a}.sec` in a fresh folder.
    static func project() throws -> URL {
        let directory = try CLIRunner.temporaryDirectory()
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("teams/nested"),
                                                withIntermediateDirectories: true)
        try (cluster + "tier web in shop\n").write(to: directory.appendingPathComponent("platform.sec"),
                                                   atomically: true, encoding: .utf8)
        try "flow cidr \"10.0.0.0/16\" -> web on tcp/443\n".write(
            to: directory.appendingPathComponent("teams/b.sec"), atomically: true, encoding: .utf8)
        try "tier web in shop\n".write(to: directory.appendingPathComponent("teams/nested/a.sec"),
                                        atomically: true, encoding: .utf8)
        try "not a source".write(to: directory.appendingPathComponent("teams/notes.txt"), atomically: true, encoding: .utf8)
        return directory
    }

    @Test func aDirectoryIsItsSecFilesSortedByPath() throws {
        let directory = try Self.project()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CLIRunner.run(["check", "platform.sec", "teams"], in: directory)
        #expect(result.status == 1)
        // teams/b.sec sorts before teams/nested/a.sec: the duplicate is the nested one.
        #expect(result.stderr.contains("teams/nested/a.sec:1:6: error: duplicate tier 'shop/web'"), "\(result.stderr)")
        #expect(result.stderr.contains("platform.sec:7:6: note: first declared here"))
        #expect(!result.stderr.contains("notes.txt"))
    }

    @Test func everyUnreadablePathIsNamedAndExitsTwo() throws {
        let directory = try Self.project()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let result = try CLIRunner.run(["build", "platform.sec", "missing.sec", "empty", "-o", "out"], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("ekssc: error: cannot read 'missing.sec': no such file"))
        #expect(result.stderr.contains("ekssc: error: cannot read 'empty': no .sec file in the directory"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))
    }

    @Test func orderOfFilesDoesNotChangeTheOutput() throws {
        let directory = try Self.project()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.removeItem(at: directory.appendingPathComponent("teams/nested"))
        let one = try CLIRunner.run(["build", "platform.sec", "teams", "-o", "one"], in: directory)
        let two = try CLIRunner.run(["build", "teams/b.sec", "platform.sec", "-o", "two"], in: directory)
        #expect(one.status == 0 && two.status == 0, "\(one.stderr)\(two.stderr)")
        #expect(try Examples.tree(at: directory.appendingPathComponent("one"))
                == Examples.tree(at: directory.appendingPathComponent("two")))
    }

    @Test func sarifHasOneArtifactPerFile() throws {
        let directory = try Self.project()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CLIRunner.run(["check", "platform.sec", "teams", "--output", "sarif"], in: directory)
        #expect(result.status == 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let uris = (run["artifacts"] as? [[String: Any]])?.compactMap { ($0["location"] as? [String: Any])?["uri"] as? String }
        #expect(uris == ["platform.sec", "teams/b.sec", "teams/nested/a.sec"])
        let locations = (run["results"] as? [[String: Any]] ?? []).compactMap {
            (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any]
        }
        #expect(locations.contains { $0["uri"] as? String == "teams/nested/a.sec" && $0["index"] as? Int == 2 })
    }
}
