import Foundation
import Testing
@testable import EKSSC

/// Every lint rule has a fixture pair: `Fixtures/lint/<ID>.sec` (the rule's bad example from
/// docs/rules.md after the clean base, in `ekssc fmt`'s layout like every fixture that parses)
/// and `<ID>.expected` (the exact rendered diagnostics).
/// The good example must not be reported. `EKSSC_UPDATE_FIXTURES=1` rewrites both files.
@Suite struct LintRuleFixtureTests {
    static let folder = Repository.fixtures.appendingPathComponent("lint")
    static let ruleIDs = LintCatalog.rules.map(\.id)
    static var updating: Bool { ProcessInfo.processInfo.environment["EKSSC_UPDATE_FIXTURES"] == "1" }

    @Test(arguments: ruleIDs)
    func badExampleIsReported(_ id: String) throws {
        let rule = try #require(LintCatalog.rule(id))
        let written = LintDocumentation.file(with: rule.badExample)
        let formatted = SourceFormatter.format(SourceFile(path: "\(id).sec", text: written)).formatted
        let text = try String(decoding: #require(formatted, "the bad example does not parse"), as: UTF8.self)
        let sourceURL = Self.folder.appendingPathComponent("\(id).sec")
        let expectedURL = Self.folder.appendingPathComponent("\(id).expected")
        let file = SourceFile(path: "\(id).sec", text: text)
        let result = Compiler.check(file)
        let rendered = DiagnosticRenderer().render(result.diagnostics, in: file)
        if Self.updating {
            try text.write(to: sourceURL, atomically: true, encoding: .utf8)
            try rendered.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        #expect(try String(contentsOf: sourceURL, encoding: .utf8) == text, "fixture is not the rule's bad example")
        #expect(rendered == (try String(contentsOf: expectedURL, encoding: .utf8)))
        #expect(result.diagnostics.contains { $0.ruleID == id }, "\(id) does not report its bad example")
        #expect(!result.diagnostics.contains { $0.ruleID == nil && $0.isError }, "the bad example does not compile")
    }

    @Test(arguments: ruleIDs)
    func goodExampleIsNotReported(_ id: String) throws {
        let rule = try #require(LintCatalog.rule(id))
        let file = SourceFile(path: "good.sec", text: LintDocumentation.file(with: rule.goodExample))
        let result = Compiler.check(file)
        let rendered = DiagnosticRenderer().render(result.diagnostics, in: file)
        #expect(result.model != nil, "\(rendered)")
        #expect(result.diagnostics.allSatisfy { $0.ruleID != id }, "\(rendered)")
    }

    @Test func baseIsClean() {
        let file = SourceFile(path: "base.sec", text: LintDocumentation.exampleBase)
        #expect(Compiler.check(file).diagnostics == [])
    }

    @Test func everyFixtureBelongsToARule() throws {
        // Hidden files are the temporaries of atomic writes while fixtures are being updated.
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { !$0.hasPrefix(".") }
        let stems = Set(files.map { String($0.dropLast($0.hasSuffix(".sec") ? 4 : ".expected".count)) })
        #expect(stems == Set(Self.ruleIDs))
        #expect(files.count == Self.ruleIDs.count * 2)
    }

    @Test func ruleIDsAreUniqueAndWellFormed() {
        #expect(Set(Self.ruleIDs).count == Self.ruleIDs.count)
        for id in Self.ruleIDs {
            #expect(id.wholeMatch(of: /EKS-[A-Z]+-\d{3}/) != nil, "\(id)")
        }
        #expect(Set(LintCatalog.rules.map(\.name)).count == LintCatalog.rules.count)
    }

    /// The SARIF of every rule fixture passes the OASIS schema and the validator's checks.
    @Test(.enabled(if: ValidatorTools.sarifScript != nil, "needs the validators' bin/sarif.sh (EKSSC_VALIDATORS)"))
    func fixtureSARIFValidates() throws {
        var logs: [String: String] = [:]
        for id in Self.ruleIDs {
            let rule = try #require(LintCatalog.rule(id))
            let file = SourceFile(path: "Tests/EKSSCTests/Fixtures/lint/\(id).sec", text: LintDocumentation.file(with: rule.badExample))
            let result = Compiler.check(file)
            logs["\(id).sarif"] = SARIFLog(toolVersion: EKSSCVersion.current)
                .render(file: file, uri: file.path, diagnostics: result.diagnostics, lint: result.lint)
        }
        let (report, status) = try #require(try SARIFValidator.validate(logs))
        #expect(status == 0, "\(report)")
        #expect(report.contains("sarif: \(logs.count) files, PASS"), "\(report)")
    }
}
