import Foundation
import SecurityConfigStep
import Testing

/// The build step on the repository's guide example and on a broken file.
@Suite struct SecurityConfigStepTests {
    static let guide = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("guide.sec").path

    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("build-step-\(UUID().uuidString)")
    }

    @Test func writesTheGuideOutputAndIsThenUpToDate() throws {
        let output = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(SecurityConfigStep.isUpToDate(sourcePath: Self.guide, outputDirectory: output.path) == false)
        let outcome = SecurityConfigStep.run(sourcePath: Self.guide, outputDirectory: output.path)
        #expect(outcome.succeeded, "\(outcome.failure ?? "")")
        #expect(outcome.written.contains("kustomization.yaml"))
        let kustomization = try String(contentsOf: output.appendingPathComponent("kustomization.yaml"), encoding: .utf8)
        #expect(kustomization.contains("kind: Kustomization"))
        #expect(SecurityConfigStep.isUpToDate(sourcePath: Self.guide, outputDirectory: output.path) == true)
    }

    @Test func aBrokenFileWritesNothingAndSaysWhere() throws {
        let folder = Self.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("bad.sec")
        try "cluster c {\n  regoin \"x\"\n}\n".write(to: source, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out")
        let outcome = SecurityConfigStep.run(sourcePath: source.path, outputDirectory: output.path)
        #expect(!outcome.succeeded)
        #expect(outcome.written.isEmpty)
        #expect(outcome.diagnostics.contains("bad.sec:2:3: error: "))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
