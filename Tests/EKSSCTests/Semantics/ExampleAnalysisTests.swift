import Foundation
import Testing
@testable import EKSSC

/// The shipped examples must pass semantic analysis without errors.
@Suite struct ExampleAnalysisTests {
    static let examples = SemanticsTestSupport.fixtures
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples")

    @Test(arguments: ["guide.sec", "platform.sec"])
    func exampleAnalysesWithoutErrors(_ name: String) throws {
        let text = try String(contentsOf: Self.examples.appendingPathComponent(name), encoding: .utf8)
        let run = SemanticsTestSupport.run(text, path: name)
        #expect(run.parseDiagnostics.isEmpty)
        #expect(!run.result.diagnostics.hasErrors, "\(run.summaries)")
        #expect(run.result.model != nil)
    }
}
