import Testing
@testable import EKSSC

/// `let` constants and `${name}` in strings: substitution, the notes at the constant, and that a
/// substituted value is checked exactly like the same text written literally.
@Suite struct ConstantTests {
    typealias Support = ReuseTestSupport

    @Test func constantsAndBuiltInsAreSubstitutedEverywhere() throws {
        let run = Support.check("""
            let bucket = "acme-${cluster}-data"
            let data = "arn:${partition}:s3:::${bucket}"
            let lit = "$$5 and $${aws:username}"
            app web in shop {
              tier web
              iam-role { allow "s3:GetObject" on "${data}/*", "arn:aws:s3:::x/$${aws:username}/*" }
            }
            role reader in shop { allow get on configmaps named "${lit}" }
            """)
        #expect(run.errors == [])
        let statement = try #require(run.app("web")?.iamRole?.statements.first)
        #expect(statement.resources == ["arn:aws:s3:::acme-demo-data/*", "arn:aws:s3:::x/${aws:username}/*"])
        let role = try #require(run.model?.rbacRoles.first { $0.name == "reader" })
        #expect(role.rules.first?.resourceNames == ["$5 and ${aws:username}"])
    }

    @Test func partitionAndRegionFollowTheCluster() throws {
        let header = Support.header.replacingOccurrences(of: "us-west-2", with: "cn-north-1")
            .replacingOccurrences(of: "amazonaws.com/", with: "amazonaws.com.cn/")
        let run = Support.check("""
            app web in shop {
              tier web
              iam-role { allow "s3:GetObject" on "arn:${partition}:s3:::logs-${region}-${account}/*" }
            }
            """, header: header)
        #expect(run.errors == [])
        #expect(run.app("web")?.iamRole?.statements.first?.resources == ["arn:aws-cn:s3:::logs-cn-north-1-123456789012/*"])
    }

    @Test func anErrorInASubstitutedValuePointsAtTheUseWithANoteAtTheLet() throws {
        let run = Support.check("""
            let vpc = "10.0.0.0/33"
            flow cidr "${vpc}" -> web on tcp/443
            """)
        let diagnostic = try #require(run.result.diagnostics.first { $0.isError })
        #expect(diagnostic.message == "invalid CIDR '10.0.0.0/33': the prefix length must be at most 32")
        #expect(run.text(of: diagnostic) == "${vpc}")
        #expect(diagnostic.notes.map(\.message) == ["'vpc' is \"10.0.0.0/33\", defined here"])
        #expect(run.file.location(of: diagnostic.notes[0].range.start).line == 12)
    }

    @Test func aBuiltInsNotePointsAtTheClusterSetting() throws {
        let run = Support.check("""
            app web in shop {
              tier web
              iam-role { allow "s3:GetObject" on "arn:aws-cn:s3:::b-${region}/*" }
            }
            """)
        let diagnostic = try #require(run.result.diagnostics.first { $0.isError })
        #expect(diagnostic.message.hasPrefix("'arn:aws-cn:s3:::b-us-west-2/*' is in partition 'aws-cn'"))
        #expect(run.text(of: diagnostic) == "\"arn:aws-cn:s3:::b-${region}/*\"")
        #expect(diagnostic.notes.map(\.message) == ["'region' is \"us-west-2\", the cluster's 'region'"])
        #expect(run.file.location(of: diagnostic.notes[0].range.start).line == 3)
    }

    /// A constant is one string: it cannot add list items, statements or wildcards beyond what
    /// its text would do written in place. Each case compiles to the same errors both ways.
    @Test(arguments: [
        // list separators inside the value stay one (invalid) CIDR
        ("public", #"10.0.0.0/8\", \"0.0.0.0/0"#, #"flow cidr "%" -> web on tcp/443"#),
        // a statement separator and a newline are text, not syntax
        ("stmt", #"10.0.0.0/8; flow cidr \"0.0.0.0/0\" -> api"#, #"flow cidr "%" -> web on tcp/443"#),
        ("newline", #"10.0.0.0/8\nflow web -> api"#, #"flow cidr "%" -> web on tcp/443"#),
        // a wildcard in a remote key is refused as it is when written
        ("key", "prod/*", #"app w in shop { tier web; secret s from st { k <- "%" } }"#),
        // a serviceaccount pattern is as wide as written, no wider
        ("sa", "a*", #"app w in shop { tier web; serviceaccount "%" }"#),
        // a wildcard action is reported like a literal one
        ("action", "s3:*", #"app w in shop { tier web; iam-role { allow "%" on "arn:aws:s3:::b/*" } }"#),
    ])
    func substitutedValuesAreCheckedLikeLiterals(_ name: String, _ value: String, _ use: String) {
        let store = "secretstore st in shop { provider secretsmanager }\n"
        let literal = Support.check(store + use.replacingOccurrences(of: "%", with: value), lint: true)
        let constant = Support.check(store + "let c = \"\(value)\"\n" + use.replacingOccurrences(of: "%", with: "${c}"),
                                     lint: true)
        let messages = { (run: Support.Run) in run.result.diagnostics.map { "\($0.severity): \($0.message)" } }
        #expect(messages(constant) == messages(literal), "\(name)")
        #expect(!messages(literal).isEmpty, "\(name): the literal case finds nothing")
    }

    @Test func aBrokenLetCausesNoUndefinedConstantErrors() {
        let run = Support.check("""
            let vpc =
            flow cidr "${vpc}" -> web on tcp/443
            """)
        #expect(run.errors == ["expected a string after '='"])
    }

    @Test func builtInsNeedTheClusterSettings() {
        let header = Support.header.replacingOccurrences(of: "  region  \"us-west-2\"\n", with: "")
        let run = Support.check("""
            app web in shop { tier web; iam-role { allow "s3:GetObject" on "arn:${partition}:s3:::b/*" } }
            """, header: header)
        #expect(run.errors.contains("'${partition}' needs the cluster's 'region'"))
    }

    @Test func aValueThatFailedIsReportedOnceNotAtEachUse() {
        let run = Support.check("""
            let vpc = "${nope}"
            flow cidr "${vpc}" -> web on tcp/443
            flow cidr "${vpc}" -> api on tcp/443
            """)
        #expect(run.errors == ["undefined constant 'nope'"])
    }

    @Test func interpolationLocatesInsideStringsWithEscapes() throws {
        let run = Support.check(#"""
            role r in shop { allow get on configmaps named "a\"b\\${nope}" }
            """#)
        let diagnostic = try #require(run.result.diagnostics.first { $0.isError })
        #expect(run.text(of: diagnostic) == "${nope}")
    }
}

extension ConstantTests {
    /// A chain of `let`s far deeper than resolution may recurse is an error, not a crash; the
    /// same chain written in dependency order resolves one step at a time.
    @Test func aVeryLongChainOfConstantsIsAnErrorNotAStackOverflow() {
        let lets = (1...20_000).map { "let c\($0) = \"${c\($0 - 1)}\"\n" }
        let rest = "let c0 = \"10.0.0.0/8\"\nflow cidr \"${c20000}\" -> web on tcp/443\n"
        let deep = ReuseTestSupport.check(lets.reversed().joined() + rest)
        #expect(!deep.errors.isEmpty)
        #expect(deep.errors.allSatisfy { $0.hasSuffix("is nested more than 64 constants deep") })
        let ordered = ReuseTestSupport.check(rest.replacingOccurrences(of: "flow", with: lets.joined() + "flow"))
        #expect(ordered.errors == [])
    }
}

extension ConstantTests {
    /// Without a cluster the built-ins have no value; that is the missing cluster's error only.
    @Test func builtInsWithoutAClusterRepeatNothing() {
        let run = ReuseTestSupport.check("""
            namespace shop
            role r in shop { allow get on configmaps named "${account}-${cluster}" }
            """, header: "")
        #expect(run.errors.count == 1)
        #expect(run.result.diagnostics.allSatisfy { $0.id == SemanticDiagnostic.missingCluster.id })
    }
}
