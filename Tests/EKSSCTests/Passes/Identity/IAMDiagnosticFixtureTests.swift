import Foundation
import Testing
@testable import EKSSC

/// Every `IAMDiagnostic` case has `Fixtures/diagnostics/iam.<case>.sec`, whose diagnostics
/// (front end, then the identity passes) render exactly as `iam.<case>.expected` and include
/// one with that id. `EKSSC_UPDATE_FIXTURES=1` rewrites the `.expected` files.
@Suite struct IAMDiagnosticFixtureTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/diagnostics")

    /// The diagnostics of the front end and of the passes that emit `iam` diagnostics.
    static func diagnostics(of file: SourceFile) -> [Diagnostic] {
        let parsed = Parser.parse(file)
        let analysis = SemanticAnalyzer.analyze(parsed.syntax)
        let frontEnd = parsed.diagnostics + analysis.diagnostics
        guard !parsed.diagnostics.hasErrors, let model = analysis.model else { return frontEnd }
        let passes: [any LoweringPass] = [IAMRolePass(), ServiceAccountPass(), PodIdentityAssociationPass(),
                                          ExternalSecretsPass(), ClusterSettingsPass()]
        return frontEnd + passes.flatMap { $0.run(model).diagnostics }
    }

    @Test(arguments: IAMDiagnostic.allCases)
    func fixtureProducesItsDiagnostic(_ entry: IAMDiagnostic) throws {
        let source = Self.directory.appendingPathComponent("\(entry.id).sec")
        let expectedURL = Self.directory.appendingPathComponent("\(entry.id).expected")
        let bytes = try Data(contentsOf: source)
        let file = SourceFile(path: "\(entry.id).sec", bytes: Array(bytes))
        let diagnostics = Self.diagnostics(of: file)
        let rendered = DiagnosticRenderer().render(diagnostics, in: file)
        if ProcessInfo.processInfo.environment["EKSSC_UPDATE_FIXTURES"] == "1" {
            try rendered.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(rendered == expected)
        #expect(diagnostics.contains { $0.id == entry.id })
    }
}
