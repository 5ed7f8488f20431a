import Foundation
import Testing
@testable import EKSSC

/// `ekssc verify --output sarif`: each difference is an error result of rule `verify.<kind>` at
/// the declaration concerned, with its counterexample; the log passes the SARIF schema.
@Suite struct VerifySARIFTests {
    static func log() throws -> (text: String, document: Document) {
        let (model, files) = try NetworkVerificationTests.build("platform")
        let mutated = try NetworkVerificationTests.mutate(files, "kubernetes/data/networkpolicy-cache-policy.yaml") {
            $0.replacingOccurrences(of: "port: 6379", with: "port: 6380")
        }
        let report = try Verifier.verify(model: model, files: mutated)
        let source = try Examples.source("platform")
        let log = SARIFLog(toolVersion: "test")
        return (log.render(file: source, uri: "examples/platform.sec", diagnostics: [], lint: nil, verification: report),
                log.document(file: source, uri: "examples/platform.sec", diagnostics: [], lint: nil, verification: report))
    }

    @Test func differencesAreErrorResultsAtTheirDeclarations() throws {
        let (_, document) = try Self.log()
        let run = try #require(document["runs"]?.listValue?.first)
        let results = try #require(run["results"]?.listValue)
        let counterexample = "storefront/catalog -> data/cache TCP 6379 is declared but not allowed"
        let result = try #require(results.first { $0["message"]?["text"]?.stringValue == counterexample })
        #expect(result["ruleId"] == .string("verify.network"))
        #expect(result["level"] == .string("error"))
        let line = result["locations"]?.listValue?.first?["physicalLocation"]?["region"]?["startLine"]
        let platform = try String(contentsOf: Examples.root.appendingPathComponent("platform.sec"), encoding: .utf8)
        let flowLine = try #require(platform.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("flow") && $0.contains("catalog") && $0.contains("cache") })
        #expect(line == .int(flowLine + 1))
        let ruleIDs = run["tool"]?["driver"]?["rules"]?.listValue?.compactMap { $0["id"]?.stringValue } ?? []
        #expect(ruleIDs.contains("verify.network"))
    }

    @Test(.enabled(if: SARIFValidator.script != nil, "the SARIF validator (../shared/validators/bin/sarif.sh) is not installed"))
    func logPassesTheSARIFSchema() throws {
        let result = try #require(try SARIFValidator.validate(["verify.sarif": Self.log().text]))
        #expect(result.status == 0, "\(result.report)")
    }
}
