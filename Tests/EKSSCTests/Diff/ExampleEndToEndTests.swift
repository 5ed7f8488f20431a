import Foundation
import Testing
@testable import EKSSC

/// Every example, built, applied to a faithful "live" copy (server fields, defaults, kubectl's
/// key order, aws-auth as stored text; roles as IAM returns them), read back through the live
/// reader: no drift.
@Suite struct ExampleEndToEndTests {
    static let examples = Repository.examples

    /// The example's build artifacts.
    static func artifacts(_ example: String) throws -> BuildArtifacts {
        let data = try Data(contentsOf: examples.appendingPathComponent(example))
        let result = Compiler.build(SourceFile(path: example, bytes: [UInt8](data)))
        return try #require(result.artifacts, "\(result.diagnostics)")
    }

    /// A role as `get-role` may return it: trust URL-encoded, statements as stored.
    static func liveRole(_ role: IAMRoleArtifact) -> LiveRole {
        let trust = JSONEmitter.render(role.trustPolicy)
            .addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        return LiveRole(roleName: role.roleName, trustPolicy: PolicyNormalizer.decode(.string(trust)) ?? .null,
                        inlinePolicy: role.permissionPolicy, managedPolicyARNs: role.managedPolicyARNs.reversed(),
                        permissionsBoundary: role.permissionsBoundary)
    }

    /// Every `.sec` file in examples/.
    static var exampleNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? [])
            .filter { $0.hasSuffix(".sec") }.sorted()
    }

    @Test func examplesAreFound() {
        #expect(Self.exampleNames.contains("guide.sec"))
    }

    @Test(arguments: exampleNames)
    func faithfulLiveCopyHasNoDrift(example: String) throws {
        let artifacts = try Self.artifacts(example)
        let liveText = JSONEmitter.render(LiveCopy.list(of: artifacts.manifests, renderMappings: true))
        let live = try LiveObjectReader.read(Array(liveText.utf8), source: "live.json")
        let roles = Dictionary(uniqueKeysWithValues: artifacts.iamRoles.map { ($0.roleName, Optional(Self.liveRole($0))) })
        let report = DriftReport.compare(artifacts, liveObjects: live, liveRoles: roles)
        #expect(!artifacts.manifests.isEmpty)
        #expect(report.text == "no drift: objects \(artifacts.manifests.count) unchanged; "
                + "IAM roles \(artifacts.iamRoles.count) unchanged\n")
    }
}
