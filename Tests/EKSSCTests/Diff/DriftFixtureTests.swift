import Foundation
import Testing
@testable import EKSSC

/// Live state read from files in the shape kubectl prints, compared with the guide's build.
/// `EKSSC_UPDATE_FIXTURES=1` rewrites the `.expected` reports.
@Suite struct DriftFixtureTests {
    static let folder = Repository.fixtures.appendingPathComponent("diff")

    static func report(for fixture: String) throws -> DriftReport {
        let data = try Data(contentsOf: folder.appendingPathComponent(fixture))
        let live = try LiveObjectReader.read([UInt8](data), source: fixture)
        let guide = try ExampleEndToEndTests.artifacts("guide.sec")
        return DriftReport.compare(BuildArtifacts(manifests: guide.manifests), liveObjects: live, liveRoles: nil)
    }

    @Test(arguments: ["guide-live.json", "guide-live.yaml", "guide-live-stream.yaml"])
    func faithfulLiveCopyHasNoDrift(fixture: String) throws {
        let report = try Self.report(for: fixture)
        #expect(!report.hasDrift)
        #expect(report.text == "no drift: objects 16 unchanged\n")
    }

    @Test(arguments: [
        "drift-changed-port", "drift-removed-flow", "drift-extra-subject", "drift-aws-auth-entry",
        "drift-storageclass-parameter", "drift-deleted-object", "drift-orphan",
    ])
    func driftIsReported(fixture: String) throws {
        let report = try Self.report(for: fixture + ".json")
        #expect(report.hasDrift)
        let expectedURL = Self.folder.appendingPathComponent(fixture + ".expected")
        if ProcessInfo.processInfo.environment["EKSSC_UPDATE_FIXTURES"] == "1" {
            try report.text.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        #expect(report.text == (try String(contentsOf: expectedURL, encoding: .utf8)))
    }

    @Test func jsonReportCarriesTheSameContent() throws {
        let report = try Self.report(for: "drift-storageclass-parameter.json")
        let storage = report.document["objects"]?.listValue?.first { $0["kind"] == .string("StorageClass") }
        #expect(report.document["drift"] == .bool(true))
        #expect(report.document["summary"] == .string("drift: objects 15 unchanged, 1 changed"))
        #expect(storage?["status"] == .string("changed"))
        #expect(storage?["recreate"] == .strings([
            "parameters cannot be changed in place: delete the StorageClass 'gp3-encrypted' and apply again",
        ]))
        #expect(report.document["iamRoles"] == nil)
    }
}
