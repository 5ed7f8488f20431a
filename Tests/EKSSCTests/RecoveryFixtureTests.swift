import Foundation
import Testing
@testable import EKSSC

/// Files with syntax errors report every independent error in one run, without cascades:
/// `Fixtures/recovery/<name>.sec` through the whole compiler must render exactly
/// `<name>.expected`. `EKSSC_UPDATE_FIXTURES=1 swift test` rewrites the `.expected` files.
@Suite struct RecoveryFixtureTests {
    static let folder = Repository.fixtures.appendingPathComponent("recovery")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".sec") }.map { String($0.dropLast(4)) }.sorted()
    }

    @Test(arguments: names)
    func fixture(_ name: String) throws {
        let file = SourceFile(path: "\(name).sec", bytes: Array(try Data(contentsOf: Self.folder.appendingPathComponent("\(name).sec"))))
        let result = Compiler.build(file)
        let rendered = DiagnosticRenderer().render(result.diagnostics, in: file)
        let expectedURL = Self.folder.appendingPathComponent("\(name).expected")
        if ProcessInfo.processInfo.environment["EKSSC_UPDATE_FIXTURES"] == "1" {
            try rendered.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        #expect(rendered == (try String(contentsOf: expectedURL, encoding: .utf8)))
        #expect(result.artifacts == nil)
        // Syntax errors and semantic errors side by side, and never an error that only follows
        // from a syntax error.
        #expect(result.diagnostics.contains { $0.id.hasPrefix("syntax.") })
        #expect(result.diagnostics.contains { $0.id.hasPrefix("semantics.") })
        #expect(!result.diagnostics.contains { $0.message.contains("has no 'region'") || $0.message.contains("'web'") })
    }

    @Test func theIssueExampleReportsAllFourErrors() throws {
        let file = SourceFile(path: "a.sec", bytes: Array(try Data(contentsOf: Self.folder.appendingPathComponent("statement-after-unknown-setting.sec"))))
        let messages = Compiler.check(file).diagnostics.map(\.message)
        #expect(messages.contains("unknown setting 'serviceacount' in app"))
        #expect(messages.contains("unknown setting 'idenity' in app"))
        #expect(messages.contains { $0.hasPrefix("unknown EBS volume type 'gp4'") })
        #expect(messages.contains { $0.hasPrefix("unknown pod-security level 'strict'") })
    }
}
