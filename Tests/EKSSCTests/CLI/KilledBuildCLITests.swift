import Foundation
import Testing
@testable import EKSSC

/// `kill -9` at random moments of `ekssc build` never leaves the output directory missing or
/// mixed: it is always exactly one complete tree, as its marker lists it, and the next build
/// removes what the killed ones left beside it.
@Suite(.serialized) struct KilledBuildCLITests {
    /// A spec of `apps` apps in one namespace, each with an IRSA role and a secret (and no
    /// tier: a tier without flows is a warning, and thousands of them would fill the pipe).
    static func spec(apps: Int) -> String {
        var lines = [
            "cluster bench {", "  account \"123456789012\"", "  region \"us-west-2\"",
            "  oidc \"https://oidc.eks.us-west-2.amazonaws.com/id/BENCHMARK0123456789ABCDEF0123456\"", "}",
        ]
        // Twenty apps per namespace, so that each store's policy stays within IAM's size limit.
        for team in 0..<((apps + 19) / 20) {
            lines += ["namespace team-\(team) { pod-security restricted }",
                      "secretstore store in team-\(team) { provider secretsmanager; serviceaccount eso }"]
        }
        for index in 0..<apps {
            let app = "svc-\(index)", team = "team-\(index / 20)"
            lines += [
                "app \(app) in \(team) {", "  iam-role {",
                "    allow \"s3:PutObject\" on \"arn:aws:s3:::bench/\(app)/*\"", "  }",
                "  secret \(app)-db from store {", "    password <- \"\(team)/\(app)/db\" property password", "  }", "}",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func killedBuildsNeverLeaveTheOutputMissingOrMixed() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out").path
        // Two specs with different trees, so that "old" and "new" can be told apart.
        var markers: [String] = []
        for (name, apps) in [("a.sec", 150), ("b.sec", 151)] {
            try Self.spec(apps: apps).write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
            let built = try CLIRunner.run(["build", name, "-o", "out"], in: directory)
            #expect(built.status == 0, "\(built.stderr)")
            #expect(!built.stderr.contains("error:"), "\(built.stderr)")
            markers.append(try String(contentsOfFile: out + "/.ekssc-output", encoding: .utf8))
        }
        // How long one build takes here, to spread the kills over it.
        let started = Date()
        #expect(try CLIRunner.run(["build", "a.sec", "-o", "out"], in: directory).status == 0)
        let duration = max(0.05, Date().timeIntervalSince(started))

        var generator = SplitMix64(seed: 0x6B11)
        for round in 0..<12 {
            let process = Process()
            process.executableURL = CLIRunner.executable
            process.arguments = ["build", round % 2 == 0 ? "b.sec" : "a.sec", "-o", "out"]
            process.currentDirectoryURL = directory
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(Double.random(in: 0...duration, using: &generator) * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            #expect(OutputWriter.foreignness(of: out) == nil, "round \(round): out/ is not one complete tree")
            let marker = try String(contentsOfFile: out + "/.ekssc-output", encoding: .utf8)
            #expect(markers.contains(marker), "round \(round): out/ is neither tree")
        }
        // The next build removes every leftover of the killed ones.
        #expect(try CLIRunner.run(["build", "a.sec", "-o", "out"], in: directory).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["a.sec", "b.sec", "out"])
    }
}
