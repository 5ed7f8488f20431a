import Foundation
import Testing
@testable import EKSSC

/// One fixture per `SemanticDiagnostic` case: `Fixtures/diagnostics/<id>.sec`, parsed and
/// analysed, must render exactly as `<id>.expected` and contain a diagnostic with that id.
/// `EKSSC_UPDATE_FIXTURES=1` rewrites the `.expected` files.
@Suite struct SemanticDiagnosticFixtureTests {
    static let folder = SemanticsTestSupport.fixtures.appendingPathComponent("diagnostics")

    @Test(arguments: SemanticDiagnostic.allCases)
    func fixture(_ entry: SemanticDiagnostic) throws {
        let source = try String(contentsOf: Self.folder.appendingPathComponent("\(entry.id).sec"), encoding: .utf8)
        let run = SemanticsTestSupport.run(source, path: "\(entry.id).sec")
        #expect(run.parseDiagnostics.isEmpty, "a semantics fixture must parse cleanly")
        let expectedURL = Self.folder.appendingPathComponent("\(entry.id).expected")
        if ProcessInfo.processInfo.environment["EKSSC_UPDATE_FIXTURES"] == "1" {
            try run.rendered.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(run.rendered == expected)
        #expect(run.result.diagnostics.contains { $0.id == entry.id })
        let hasErrors = run.result.diagnostics.hasErrors
        #expect((run.result.model == nil) == hasErrors)
    }

    @Test func everyFixtureBelongsToACase() throws {
        let ids = Set(SemanticDiagnostic.allCases.map(\.id))
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasPrefix("semantics.") }
            .map { String($0.dropLast($0.hasSuffix(".sec") ? 4 : 9)) }
        #expect(Set(files).subtracting(ids).isEmpty)
        #expect(files.count == ids.count * 2)
    }
}
