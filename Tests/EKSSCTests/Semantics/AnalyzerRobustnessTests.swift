import Foundation
import Testing
@testable import EKSSC

/// Whatever tree the parser recovers from broken input, analysis finishes and is consistent.
@Suite struct AnalyzerRobustnessTests {
    static func fixtureFiles() throws -> [String] {
        let root = SemanticsTestSupport.fixtures
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".sec") { files.append(path) }
        }
        return files.sorted()
    }

    @Test func everyFixtureAnalysesConsistently() throws {
        let files = try Self.fixtureFiles()
        #expect(files.count > SemanticDiagnostic.allCases.count)
        for path in files {
            let bytes = Array(try Data(contentsOf: SemanticsTestSupport.fixtures.appendingPathComponent(path)))
            let file = SourceFile(path: path, bytes: bytes)
            let result = SemanticAnalyzer.analyze(Parser.parse(file).syntax)
            #expect((result.model == nil) == result.diagnostics.hasErrors, "\(path)")
            // Analysis expands constants and templates first (stage `reuse`), then analyses.
            #expect(result.diagnostics.allSatisfy { $0.id.hasPrefix("semantics.") || $0.id.hasPrefix("reuse.") }, "\(path)")
            #expect(result.diagnostics.allSatisfy { $0.range.end <= max(bytes.count, 0) }, "\(path)")
        }
    }

    @Test func truncatedSourcesNeverCrash() {
        // Every prefix of the guide cut at a line end: partial trees of every shape.
        let lines = GuideScenarioTests.source.split(separator: "\n", omittingEmptySubsequences: false)
        for count in 0...lines.count {
            let text = lines.prefix(count).joined(separator: "\n")
            let run = SemanticsTestSupport.run(text)
            #expect((run.result.model == nil) == run.result.diagnostics.hasErrors)
        }
    }
}
