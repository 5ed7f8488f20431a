import Foundation
import Testing
@testable import EKSSC

/// With `EKSSC_UPDATE_FIXTURES=1`, rewrites `Fixtures/diff/guide-live.base.json`: the guide's
/// output as a faithful live `List` (see `LiveCopy`). `Fixtures/diff/make-fixtures.py` derives
/// the live fixtures (kubectl's formatting, aws-auth as EKS writes it, one file per drift) from it.
@Test func writeLiveBaseFixture() throws {
    let url = DriftFixtureTests.folder.appendingPathComponent("guide-live.base.json")
    let text = JSONEmitter.render(LiveCopy.list(of: try ExampleEndToEndTests.artifacts("guide.sec").manifests,
                                                renderMappings: true))
    if ProcessInfo.processInfo.environment["EKSSC_UPDATE_FIXTURES"] == "1" {
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
    #expect(text == (try String(contentsOf: url, encoding: .utf8)))
}
