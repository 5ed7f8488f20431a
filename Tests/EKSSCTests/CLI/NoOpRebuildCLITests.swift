import Foundation
import Testing

/// `ekssc build` over an output tree it already wrote: nothing changed, nothing touched.
@Suite struct NoOpRebuildCLITests {
    static let guide = CLITests.guide

    /// Every entry under `directory` (the directory itself as "."): inode and mtime in nanoseconds.
    private func stamps(_ directory: String) throws -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        var paths = ["."]
        if let walker = FileManager.default.enumerator(atPath: directory) {
            while let relative = walker.nextObject() as? String { paths.append(relative) }
        }
        for relative in paths {
            var info = stat()
            #expect(lstat(directory + "/" + relative, &info) == 0)
            result[relative] = [Int(info.st_ino), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
        }
        return result
    }

    @Test func aSecondBuildWithNothingChangedTouchesNothing() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out").path
        #expect(try CLIRunner.run(["build", Self.guide, "-o", out]).status == 0)
        let before = try stamps(out)
        #expect(before.count > 10)
        // Coarse-mtime file systems: make any rewrite show in the timestamps.
        Thread.sleep(forTimeInterval: 0.02)
        #expect(try CLIRunner.run(["build", Self.guide, "-o", out]).status == 0)
        #expect(try stamps(out) == before)
        // The parent gained no leftovers either.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out"])
        // Forced, an identical tree is still left alone.
        #expect(try CLIRunner.run(["build", Self.guide, "-o", out, "--force"]).status == 0)
        #expect(try stamps(out) == before)
    }

    @Test func aChangedSourceRewritesTheTree() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out").path
        let source = directory.appendingPathComponent("app.sec")
        var text = try String(contentsOfFile: Self.guide, encoding: .utf8)
        try text.write(to: source, atomically: true, encoding: .utf8)
        #expect(try CLIRunner.run(["build", source.path, "-o", out]).status == 0)
        let before = try stamps(out)
        let marker = try String(contentsOfFile: out + "/.ekssc-output", encoding: .utf8)
        // A new namespace changes the output: the tree is replaced.
        text += "\nnamespace noop-extra {\n}\n"
        try text.write(to: source, atomically: true, encoding: .utf8)
        let rebuilt = try CLIRunner.run(["build", source.path, "-o", out])
        #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
        #expect(try stamps(out)["."] != before["."])
        #expect(try String(contentsOfFile: out + "/.ekssc-output", encoding: .utf8) != marker)
        #expect(try CLIRunner.run(["build", source.path, "-o", out, "--check"]).status == 0)
    }

    @Test func aSourceEditThatChangesNoFileRewritesOnlyTheMarker() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out").path
        let source = directory.appendingPathComponent("app.sec")
        var text = try String(contentsOfFile: Self.guide, encoding: .utf8)
        try text.write(to: source, atomically: true, encoding: .utf8)
        #expect(try CLIRunner.run(["build", source.path, "-o", out]).status == 0)
        let before = try stamps(out)
        Thread.sleep(forTimeInterval: 0.02)
        text += "\n# a comment changes the inputs, not the files\n"
        try text.write(to: source, atomically: true, encoding: .utf8)
        #expect(try CLIRunner.run(["build", source.path, "-o", out, "--check"]).status == 0)
        #expect(try CLIRunner.run(["build", source.path, "-o", out]).status == 0)
        let after = try stamps(out)
        #expect(after.filter { $0.key != "." && $0.key != ".ekssc-output" }
            == before.filter { $0.key != "." && $0.key != ".ekssc-output" })
        #expect(after[".ekssc-output"] != before[".ekssc-output"])
        // The marker now records these inputs: the next build is a no-op that touches nothing.
        Thread.sleep(forTimeInterval: 0.02)
        #expect(try CLIRunner.run(["build", source.path, "-o", out]).status == 0)
        #expect(try stamps(out) == after)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["app.sec", "out"])
    }

    @Test func anEditedTreeIsStillRefusedThenRewrittenWhenForced() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out").path
        #expect(try CLIRunner.run(["build", Self.guide, "-o", out]).status == 0)
        // Same marker as the new build, but a file edited by hand: not a no-op.
        try "edited\n".write(toFile: out + "/README.md", atomically: false, encoding: .utf8)
        #expect(try CLIRunner.run(["build", Self.guide, "-o", out]).status == 2)
        #expect(try CLIRunner.run(["build", Self.guide, "-o", out, "--force"]).status == 0)
        #expect(try CLIRunner.run(["build", Self.guide, "-o", out, "--check"]).status == 0)
    }
}
