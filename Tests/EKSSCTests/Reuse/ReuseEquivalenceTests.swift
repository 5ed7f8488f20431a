import Foundation
import Testing
@testable import EKSSC

/// A file written with constants and templates builds byte for byte what the same file written
/// out by hand builds: reuse is only a way of writing, never a different meaning.
@Suite struct ReuseEquivalenceTests {
    static let expanded = SemanticsTestSupport.fixtures.appendingPathComponent("reuse/three-tier-expanded.sec")

    @Test(arguments: CompileOptions.Layout.allCases)
    func threeTierBuildsLikeItsHandExpandedForm(_ layout: CompileOptions.Layout) throws {
        let reused = try Examples.source("three-tier")
        // The same path, so that the generated README names the same source.
        let handWritten = SourceFile(path: reused.path, bytes: Array(try Data(contentsOf: Self.expanded)))
        let options = CompileOptions(layout: layout)
        let fromReuse = try #require(Compiler.compile(reused, options: options).files)
        let fromHand = try #require(Compiler.compile(handWritten, options: options).files)
        #expect(fromReuse.map(\.path) == fromHand.map(\.path))
        for (a, b) in zip(fromReuse, fromHand) {
            #expect(a.contents == b.contents, "\(a.path)")
        }
        // Not vacuous: per-object has a file per object and AWS CLI call, grouped one per
        // namespace and CloudFormation stack.
        #expect(fromReuse.count > (layout == .perObject ? 20 : 10))
    }

    @Test func theHandExpandedFormUsesNoReuse() throws {
        let text = try String(contentsOf: Self.expanded, encoding: .utf8)
        #expect(!text.contains("${") && !text.contains("uses ") && !text.contains("template ") && !text.contains("\nlet "))
    }

    /// The examples written with reuse check cleanly: no warning of any kind.
    @Test(arguments: ["three-tier", "team-namespaces", "pod-identity-efs"])
    func reuseExamplesHaveNoFindings(_ name: String) throws {
        let source = try Examples.source(name)
        let result = Compiler.check(source)
        #expect(result.diagnostics.isEmpty, "\(DiagnosticRenderer().render(result.diagnostics, in: source))")
    }
}
