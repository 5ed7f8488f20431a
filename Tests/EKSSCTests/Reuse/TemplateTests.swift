import Testing
@testable import EKSSC

/// Templates: the merge rules, the checks of `uses`, and where diagnostics in a template point.
@Suite struct TemplateTests {
    typealias Support = ReuseTestSupport
    static let store = "secretstore st in shop { provider secretsmanager }\n"

    @Test func repeatableSettingsAppendTemplateFirst() throws {
        let run = Support.check(Self.store + """
            template base {
              iam-role { allow "s3:GetObject" on "arn:aws:s3:::b/*" }
              secret base-secret from st { k <- "shop/base" }
            }
            app web in shop uses base {
              tier web
              iam-role { allow "s3:PutObject" on "arn:aws:s3:::b/up/*" }
              secret own-secret from st { k <- "shop/own" }
            }
            """)
        #expect(run.errors == [])
        let app = try #require(run.app("web"))
        #expect(app.iamRole?.statements.map(\.actions) == [["s3:GetObject"], ["s3:PutObject"]])
        #expect(app.secrets.map(\.name) == ["base-secret", "own-secret"])
    }

    @Test func onceOnlyListsJoin() throws {
        let run = Support.check("""
            template base {
              security-groups "sg-0000000000000000a"
              iam-role { managed "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess" }
            }
            app web in shop uses base {
              tier web
              security-groups "sg-0000000000000000b"
              iam-role { managed "arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy" }
            }
            """)
        #expect(run.errors == [])
        let app = try #require(run.app("web"))
        #expect(app.securityGroups == ["sg-0000000000000000a", "sg-0000000000000000b"])
        #expect(app.iamRole?.managedPolicies == ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
                                                 "arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy"])
    }

    @Test func theDeclarationsValuesReplaceTheTemplates() throws {
        let run = Support.check("""
            template base {
              tier web
              identity pod-identity
              serviceaccount base-sa
              iam-role base-role { boundary "arn:aws:iam::123456789012:policy/a" }
            }
            app one in shop uses base
            app two in shop uses base {
              tier api
              identity irsa
              serviceaccount two-sa
              iam-role two-role { boundary "arn:aws:iam::123456789012:policy/b" }
            }
            """)
        #expect(run.errors == [])
        let one = try #require(run.app("one")), two = try #require(run.app("two"))
        #expect(one.tier?.name == "web" && two.tier?.name == "api")
        #expect(one.identity == .podIdentity && two.identity == .irsa)
        #expect(one.serviceAccount == .exact("base-sa") && two.serviceAccount == .exact("two-sa"))
        #expect(one.iamRole?.explicitName == "base-role" && two.iamRole?.explicitName == "two-role")
        #expect(one.iamRole?.permissionsBoundary == "arn:aws:iam::123456789012:policy/a")
        #expect(two.iamRole?.permissionsBoundary == "arn:aws:iam::123456789012:policy/b")
    }

    @Test func templatesThatDisagreeAreAnErrorUnlessTheDeclarationChooses() {
        let run = Support.check("""
            template a { identity pod-identity; iam-role ra { boundary "arn:aws:iam::123456789012:policy/a" } }
            template b { identity irsa; iam-role rb { boundary "arn:aws:iam::123456789012:policy/b" } }
            template c { identity pod-identity }
            app one in shop uses a, b { tier web }
            app two in shop uses a, b { tier web; identity irsa; iam-role two { boundary "arn:aws:iam::123456789012:policy/c" } }
            app three in shop uses a, c { tier web }
            """)
        #expect(run.errors == [
            "templates 'a' and 'b' set 'identity' differently",
            "templates 'a' and 'b' set 'iam-role name' differently",
            "templates 'a' and 'b' set 'boundary' differently",
        ])
        let conflict = run.result.diagnostics.first { $0.id == ReuseDiagnostic.templateConflict.id }
        #expect(conflict?.notes.map(\.message) == ["'a' sets it here", "in app 'one', which uses 'a' and 'b' here"])
        #expect(conflict?.hint == "set 'identity' in app 'one' to choose")
    }

    @Test func aSettingTwiceInOneTemplateIsADuplicate() {
        let run = Support.check("""
            template base { tier web; tier api }
            app web in shop uses base
            """)
        #expect(run.errors == ["duplicate setting 'tier'"])
    }

    @Test func roleTemplatesAppendRulesAndBindings() throws {
        let run = Support.check("""
            namespace other
            template deployer {
              allow get, list on deployments.apps
              bind group deployers
            }
            role ci in shop uses deployer { allow get on pods }
            role ci in other uses deployer
            clusterrole ci-all uses deployer
            """)
        #expect(run.errors == [])
        let model = try #require(run.model)
        let shop = try #require(model.rbacRoles.first { $0.name == "ci" && $0.namespace == "shop" })
        #expect(shop.rules.map(\.resources) == [["deployments"], ["pods"]])
        #expect(model.rbacRoles.filter { $0.name.hasPrefix("ci") }.count == 3)
        #expect(model.rbacBindings.filter { $0.role.name.hasPrefix("ci") }.count == 3)
    }

    @Test func usesIsChecked() {
        let run = Support.check("""
            template web-service { tier web }
            template reader { allow get on pods }
            app a in shop uses web-servce
            app b in shop uses reader
            role r in shop uses web-service
            app c in shop uses web-service, web-service
            """)
        #expect(run.errors == [
            "unknown template 'web-servce'",
            "template 'reader' has role settings; app 'b' cannot use it",
            "template 'web-service' has app settings; role 'r' cannot use it",
            "template 'web-service' is used twice",
        ])
        #expect(run.result.diagnostics.first { $0.id == ReuseDiagnostic.unknownTemplate.id }?.hint
                == "did you mean 'web-service'?")
    }

    @Test func aTemplateCannotUseATemplate() {
        let run = Support.check("""
            template a { tier web }
            template b uses a { identity irsa }
            """)
        #expect(run.errors == ["expected '{' to open the template block"])
    }

    /// An error in a template-derived setting points at the template's line, with a note at the
    /// `uses` of exactly the app it concerns.
    @Test func aTemplateErrorPointsIntoTheTemplateWithANoteAtTheRightUse() throws {
        let run = Support.check("""
            namespace other
            tier web in other
            flow web -> other/web on tcp/80
            template base { tier web; iam-role { allow "s3:GetObject" on "arn:aws:s3:::b/*" when StringEquals "k" = "v" } }
            app ok in shop uses base
            app bad in lonely uses base
            """)
        let inTemplate = run.result.diagnostics.filter { run.file.location(of: $0.range.start).line == 15 }
        #expect(inTemplate.map(\.message) == ["tier 'other/web' is not in the app's namespace 'lonely'"])
        let undefinedNamespace = try #require(run.result.diagnostics.first { $0.message == "undefined namespace 'lonely'" })
        #expect(run.file.location(of: undefinedNamespace.range.start).line == 17)
        // The template's line, noted at the use of the app it concerns.
        for diagnostic in inTemplate {
            #expect(diagnostic.notes.filter { $0.message.contains("which uses") }.map(\.message)
                    == ["in app 'bad', which uses 'base' here"])
        }
    }

    @Test func aCheckThatFailsForOneUserNotesOnlyThatUser() throws {
        let run = Support.check("""
            namespace other
            template base { tier web }
            app ok in shop uses base
            app bad in other uses base
            """)
        #expect(run.errors == ["tier 'shop/web' is not in the app's namespace 'other'"])
        let diagnostic = try #require(run.result.diagnostics.first { $0.isError })
        #expect(run.file.location(of: diagnostic.range.start).line == 13)
        let uses = diagnostic.notes.filter { $0.message.contains("which uses") }
        #expect(uses.map(\.message) == ["in app 'bad', which uses 'base' here"])
        #expect(uses.map { run.file.location(of: $0.range.start).line } == [15])
    }

    @Test func aLintFindingInATemplateIsAtItsLineAndAWaiverThereCoversEveryUser() throws {
        let findings = Support.check("""
            template admin { iam-role { allow "s3:*" on "arn:aws:s3:::b/*" } }
            app one in shop uses admin { tier web }
            app two in shop uses admin { tier api }
            """, lint: true)
        let wildcard = try #require(findings.result.diagnostics.first { $0.ruleID == "EKS-IAM-001" })
        #expect(findings.file.location(of: wildcard.range.start).line == 12)
        #expect(wildcard.notes.map(\.message) == ["in app 'one', which uses 'admin' here", "in app 'two', which uses 'admin' here"])

        let waived = Support.check("""
            template admin {
              iam-role { allow "s3:*" on "arn:aws:s3:::b/*" }
              waive EKS-IAM-001 "reviewed 2026-11"
            }
            app one in shop uses admin { tier web }
            app two in shop uses admin { tier api }
            """, lint: true)
        #expect(!waived.result.diagnostics.contains { $0.ruleID == "EKS-IAM-001" || $0.ruleID == "EKS-WAIVE-003" })
        #expect(waived.result.lint?.results.filter { $0.finding.ruleID == "EKS-IAM-001" && $0.waiver != nil }.count == 1)
    }

    /// A finding at the app's own line (its `iam-role` block) is covered by a template's waiver.
    @Test func aTemplatesWaiverCoversFindingsAtTheUsersOwnLines() throws {
        let header = Support.header.replacingOccurrences(of: "  aws-endpoints public\n",
                                                         with: "  aws-endpoints public\n  require-boundary\n")
        let source = """
            template unbounded { waive EKS-IAM-011 "legacy apps, reviewed 2026-11" }
            app one in shop uses unbounded { tier web; iam-role { allow "s3:GetObject" on "arn:aws:s3:::b/*" } }
            """
        let waived = Support.check(source, header: header, lint: true)
        #expect(!waived.result.diagnostics.contains { $0.ruleID == "EKS-IAM-011" || $0.ruleID == "EKS-WAIVE-003" },
                "\(waived.summaries)")
        let unwaived = Support.check(source.replacingOccurrences(of: "uses unbounded ", with: ""), header: header, lint: true)
        #expect(unwaived.result.diagnostics.contains { $0.ruleID == "EKS-IAM-011" })
    }

    @Test func unusedTemplatesAndConstantsAreWarnings() {
        let run = Support.check("""
            let unused = "x"
            template idle { tier web }
            """)
        #expect(run.errors == [])
        #expect(run.result.diagnostics.map(\.message) == ["constant 'unused' is never used", "template 'idle' is never used"])
    }

    @Test func aTemplateSecretInTwoAppsOfOneNamespaceIsADuplicate() {
        let run = Support.check(Self.store + """
            template with-db { secret db from st { password <- "shop/db" } }
            app one in shop uses with-db { tier web }
            app two in shop uses with-db { tier api }
            """)
        #expect(run.errors == ["duplicate secret 'shop/db'"])
    }
}

extension TemplateTests {
    @Test func aBrokenTemplateCausesNoUnknownTemplateErrors() {
        let run = ReuseTestSupport.check("""
            template web-service = { tier web }
            app web in shop uses web-service
            """)
        #expect(run.errors == ["expected '{' to open the template block"])
    }

    @Test func usesNeedsATemplateName() {
        let run = ReuseTestSupport.check("""
            app web in shop uses { tier web }
            app api in shop uses a, "b" { tier api }
            """)
        #expect(run.errors == ["expected a template name after 'uses'", "expected a template name after ','"])
    }

    @Test func aDuplicateTemplateSecretSaysWhy() throws {
        let run = ReuseTestSupport.check(TemplateTests.store + """
            template with-db { secret db from st { password <- "shop/db" } }
            app one in shop uses with-db { tier web }
            app two in shop uses with-db { tier api }
            """)
        let diagnostic = try #require(run.result.diagnostics.first { $0.isError })
        #expect(diagnostic.hint?.hasPrefix("each app that uses the template declares this secret") == true)
        #expect(diagnostic.notes.map(\.message) == ["in app 'two', which uses 'with-db' here"])
    }
}
