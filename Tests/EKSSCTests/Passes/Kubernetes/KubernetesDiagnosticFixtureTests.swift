import Foundation
import Testing
@testable import EKSSC

/// One fixture per `KubernetesDiagnostic` case: `Fixtures/diagnostics/<id>.sec`, checked and run
/// through the Kubernetes passes, must render exactly `<id>.expected` and contain a diagnostic
/// with that id. `EKSSC_UPDATE_FIXTURES=1` rewrites the `.expected` files.
@Suite struct KubernetesDiagnosticFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/diagnostics")

    /// The front end's diagnostics, then those of every Kubernetes pass when there is a model.
    static func diagnostics(of file: SourceFile) -> [Diagnostic] {
        let checked = Compiler.check(file)
        guard let model = checked.model else { return checked.diagnostics }
        return checked.diagnostics + KubernetesPasses.all.flatMap { $0.run(model).diagnostics }
    }

    @Test(arguments: KubernetesDiagnostic.allCases)
    func fixture(_ entry: KubernetesDiagnostic) throws {
        let source = try Data(contentsOf: Self.folder.appendingPathComponent("\(entry.id).sec"))
        let file = SourceFile(path: "\(entry.id).sec", bytes: Array(source))
        let diagnostics = Self.diagnostics(of: file)
        let rendered = DiagnosticRenderer().render(diagnostics, in: file)
        let expectedURL = Self.folder.appendingPathComponent("\(entry.id).expected")
        if ProcessInfo.processInfo.environment["EKSSC_UPDATE_FIXTURES"] == "1" {
            try rendered.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(rendered == expected)
        #expect(diagnostics.contains { $0.id == entry.id })
    }
}
