import Foundation
import Testing
@testable import EKSSC

/// docs/rules.md is generated from the catalog; `EKSSC_UPDATE_FIXTURES=1` rewrites it.
@Suite struct LintDocumentationTests {
    static let url = Repository.url("docs/rules.md")

    @Test func rulesDocumentIsCurrent() throws {
        let generated = LintDocumentation.markdown()
        if ProcessInfo.processInfo.environment["EKSSC_UPDATE_FIXTURES"] == "1" {
            try generated.write(to: Self.url, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: Self.url, encoding: .utf8)
        #expect(committed == generated, "docs/rules.md is stale: run EKSSC_UPDATE_FIXTURES=1 swift test --filter LintDocumentationTests")
    }

    @Test func everyRuleHasASectionWithItsAnchor() {
        let markdown = LintDocumentation.markdown()
        for rule in LintCatalog.rules {
            #expect(markdown.contains("<a id=\"\(rule.helpAnchor)\"></a>\n## \(rule.id) \(rule.name)"))
            #expect(!rule.rationale.isEmpty && !rule.fix.isEmpty && rule.badExample != rule.goodExample)
        }
    }
}
