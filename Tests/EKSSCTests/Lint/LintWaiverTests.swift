import Foundation
import Testing
@testable import EKSSC

/// `waive` statements, `--rule` levels and SARIF suppressions.
@Suite struct LintWaiverTests {
    static func check(_ declarations: String, configuration: LintConfiguration = LintConfiguration()) -> (SourceFile, BuildResult) {
        let file = SourceFile(path: "waiver.sec", text: LintDocumentation.file(with: declarations))
        return (file, Compiler.check(file, lint: configuration))
    }

    static let breakGlass = """
        clusterrole break-glass {
          allow get, list on secrets
          waive EKS-RBAC-004 "break-glass admin, reviewed 2026-11"
        }
        """

    @Test func waivedFindingIsNoDiagnosticButIsInTheReport() throws {
        let (file, result) = Self.check(Self.breakGlass)
        #expect(result.diagnostics == [], "\(DiagnosticRenderer().render(result.diagnostics, in: file))")
        let waived = try #require(result.lint?.results.first { $0.finding.ruleID == "EKS-RBAC-004" })
        #expect(waived.waiver?.reason == "break-glass admin, reviewed 2026-11")
        #expect(file.location(of: waived.finding.range.start).line == 16)
    }

    @Test func waiverCoversOnlyItsOwnDeclaration() {
        let (_, result) = Self.check(Self.breakGlass + "\nrole reader in shop { allow get on secrets }")
        let open = result.diagnostics.filter { $0.ruleID == "EKS-RBAC-004" }
        #expect(open.count == 1)
        #expect(open.first?.message.contains("role 'reader'") == true)
    }

    @Test func waiverInANestedBlockCoversTheDeclaration() {
        let (_, result) = Self.check("""
            app api in shop {
              iam-role {
                allow "sqs:SendMessage" on "*"
                waive EKS-IAM-002 "queue names are generated per tenant, reviewed 2026-11"
              }
            }
            """)
        #expect(result.diagnostics.allSatisfy { $0.ruleID != "EKS-IAM-002" && $0.ruleID != "EKS-WAIVE-003" })
    }

    @Test func flowBlockHoldsAWaiver() {
        let (_, result) = Self.check("""
            flow web -> db { waive EKS-NET-003 "database proxy needs every port, reviewed 2026-11" }
            """)
        #expect(result.diagnostics == [])
    }

    @Test func waiverWithoutReasonUnknownRuleAndUnusedAreFindings() {
        let (file, result) = Self.check("""
            clusterrole break-glass {
              allow get, list on secrets
              waive EKS-RBAC-004
              waive EKS-RBAC-04 "typo"
              waive EKS-NET-001 "nothing to waive here"
              waive EKS-WAIVE-003 "cannot be waived"
            }
            """)
        let summary = result.diagnostics.map { "\(file.location(of: $0.range.start).line) \($0.ruleID ?? $0.id)" }
        #expect(summary == ["17 EKS-WAIVE-001", "18 EKS-WAIVE-002", "19 EKS-WAIVE-003", "20 EKS-WAIVE-002"])
        #expect(result.diagnostics.first { $0.ruleID == "EKS-WAIVE-002" }?.hint == "did you mean 'EKS-RBAC-004'?")
    }

    @Test func parserRecordsWaiversWithTheirDeclarationAsScope() throws {
        let file = SourceFile(path: "p.sec", text: """
            app api in shop {
              secret db from store {
                waive <- "shop/db"
                waive EKS-IAM-001 "nested"
              }
              waive EKS-ID-001
            }
            flow web -> db { waive EKS-NET-003 "flow" }
            cluster c {
              waive
            }
            """)
        let parsed = Parser.parse(file)
        let waivers = parsed.syntax.waivers
        #expect(waivers.map(\.ruleID.value) == ["EKS-IAM-001", "EKS-ID-001", "EKS-NET-003"])
        #expect(waivers.map { $0.reason?.value } == ["nested", nil, "flow"])
        let declarations = parsed.syntax.declarations.map(\.range)
        #expect(waivers.map(\.scope) == [declarations[0], declarations[0], declarations[1]])
        guard case .app(let app) = parsed.syntax.declarations[0], case .secret(let secret) = app.settings[0].value,
              case .data(let key, _, _, _) = secret.settings[0].value else {
            Issue.record("the secret key named waive was not read as a key")
            return
        }
        #expect(key.value == "waive")
        #expect(parsed.diagnostics.map(\.message) == ["expected a rule id after 'waive'"])
    }

    @Test func ruleLevelsAndOff() throws {
        var configuration = LintConfiguration()
        try configuration.apply("EKS-RBAC-004=error")
        try configuration.apply("EKS-RBAC-001=off")
        let (_, result) = Self.check("role reader in shop { allow * on secrets }", configuration: configuration)
        #expect(result.diagnostics.map(\.ruleID) == ["EKS-RBAC-004"])
        #expect(result.diagnostics.first?.severity == .error)
    }

    @Test func invalidRuleSettingsAreRefused() {
        var configuration = LintConfiguration()
        #expect(throws: LintConfiguration.InvalidSetting.self) { try configuration.apply("EKS-RBAC-04=off") }
        #expect(throws: LintConfiguration.InvalidSetting.self) { try configuration.apply("EKS-RBAC-004=loud") }
        #expect(throws: LintConfiguration.InvalidSetting.self) { try configuration.apply("EKS-RBAC-004") }
    }

    @Test func renderedFindingCarriesTheRuleID() {
        let (file, result) = Self.check("role reader in shop { allow get on secrets }")
        #expect(DiagnosticRenderer().render(result.diagnostics, in: file) == """
            waiver.sec:15:23: warning: role 'reader' reads every Secret in 'shop' [EKS-RBAC-004]
            role reader in shop { allow get on secrets }
                                  ^~~~~~~~~~~~~~~~~~~~
            hint: name the Secrets the subject needs: allow get on secrets named "app-config"

            """)
    }

    @Test func sarifListsWaivedFindingsAsSuppressedAndValidates() throws {
        let (file, result) = Self.check(Self.breakGlass + "\nrole reader in shop { allow get on secrets }")
        let log = SARIFLog(toolVersion: "test")
        let document = log.document(file: file, uri: "dir with space/waiver.sec", diagnostics: result.diagnostics,
                                    lint: result.lint)
        let run = try #require(document["runs"]?.listValue?.first)
        let results = try #require(run["results"]?.listValue)
        #expect(results.count == 2)
        let suppressed = results.filter { $0["suppressions"] != nil }
        #expect(suppressed.count == 1)
        #expect(suppressed.first?["suppressions"] == .list([.map([
            "kind": .string("inSource"), "justification": .string("break-glass admin, reviewed 2026-11"),
        ])]))
        let location = results[0]["locations"]?.listValue?.first?["physicalLocation"]
        #expect(location?["artifactLocation"]?["uri"] == .string("dir%20with%20space/waiver.sec"))
        #expect(location?["region"]?["startLine"] == .int(16))
        let rules = try #require(run["tool"]?["driver"]?["rules"]?.listValue)
        #expect(rules.count == LintCatalog.rules.count)
        #expect(rules[LintCatalog.index(of: "EKS-RBAC-004")!]["helpUri"] == .string("docs/rules.md#eks-rbac-004"))
        let rendered = JSONEmitter.render(document)
        #expect(rendered == log.render(file: file, uri: "dir with space/waiver.sec", diagnostics: result.diagnostics,
                                       lint: result.lint))
    }

    @Test(.enabled(if: ValidatorTools.sarifScript != nil, "needs the validators' bin/sarif.sh (EKSSC_VALIDATORS)"))
    func sarifWithWaivedFindingsPassesTheValidator() throws {
        let (file, result) = Self.check(Self.breakGlass + "\nrole reader in shop { allow get on secrets }")
        let rendered = SARIFLog(toolVersion: "test").render(file: file, uri: "dir with space/waiver.sec",
                                                             diagnostics: result.diagnostics, lint: result.lint)
        let (report, status) = try #require(try SARIFValidator.validate(["waiver.sarif": rendered]))
        #expect(status == 0, "\(report)")
    }

    @Test func compilerErrorsAppearInSARIFUnderTheirDiagnosticID() throws {
        let file = SourceFile(path: "broken.sec", text: "cluster demo {\n  regoin \"x\"\n}\n")
        let result = Compiler.check(file)
        let rendered = SARIFLog(toolVersion: "test").render(file: file, uri: "broken.sec",
                                                              diagnostics: result.diagnostics, lint: result.lint)
        #expect(rendered.contains("\"ruleId\": \"syntax.unknown-setting\""))
    }

    @Test(.enabled(if: ValidatorTools.sarifScript != nil, "needs the validators' bin/sarif.sh (EKSSC_VALIDATORS)"))
    func sarifWithCompilerErrorsPassesTheValidator() throws {
        let file = SourceFile(path: "broken.sec", text: "cluster demo {\n  regoin \"x\"\n}\n")
        let result = Compiler.check(file)
        let rendered = SARIFLog(toolVersion: "test").render(file: file, uri: "broken.sec",
                                                              diagnostics: result.diagnostics, lint: result.lint)
        let (report, status) = try #require(try SARIFValidator.validate(["broken.sarif": rendered]))
        #expect(status == 0, "\(report)")
    }
}
