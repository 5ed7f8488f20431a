import Testing
@testable import EKSSC

/// Every syntax message with its exact text and line:column, as a table.
@Suite struct SyntaxDiagnosticTests {
    static let cases: [(source: String, expected: [String])] = [
        ("clustr prod {\n  region \"x\"\n}\n", ["1:1: unknown declaration 'clustr'"]),
        ("= x\n", ["1:1: expected a declaration, found '='"]),
        ("\"cluster\" prod\n", ["1:1: expected a declaration, found a string"]),
        ("cluster prod {\n  regoin \"x\"\n}\n", ["2:3: unknown setting 'regoin' in cluster"]),
        ("storageclass s {\n  = 3\n}\n", ["2:3: expected a setting in storageclass, found '='"]),
        ("tier\n", ["1:5: expected a name after 'tier'"]),
        ("tier web payments\n", ["1:10: expected 'in' after tier name"]),
        ("tier web in\n", ["1:12: expected a namespace name after 'in'"]),
        ("cluster \"prod\" {}\n", ["1:9: expected a name after 'cluster'"]),
        ("cluster prod\n", ["1:13: expected '{' to open the cluster block"]),
        ("cluster c {\n  region us-west-2\n}\n", ["2:10: expected a string after 'region'"]),
        ("cluster c {\n  endpoint \"private\"\n}\n", ["2:12: expected a word after 'endpoint'"]),
        ("cluster c {\n  logging api,\n}\n", ["3:1: expected a word after ','"]),
        ("namespace n {\n  label team\n}\n", ["2:13: expected '=' after label key"]),
        ("namespace n {\n  label = x\n}\n", ["2:9: expected a word or string after 'label'"]),
        ("flow web db\n", ["1:10: expected '->' between flow endpoints"]),
        ("flow -> db\n", ["1:6: expected a tier or 'cidr \"…\"' after 'flow'"]),
        ("flow web -> {\n", ["1:13: expected a tier or 'cidr \"…\"' after '->'"]),
        ("flow web -> db on \"443\"\n", ["1:19: expected a port such as 'tcp/443' after 'on'"]),
        ("flow web -> db on tcp/\n", ["1:23: expected a word after '/'"]),
        ("flow a/ -> b\n", ["1:9: expected a tier name after '/'"]),
        ("app a in n {\n  tier\n}\n", ["2:7: expected a tier name after 'tier'"]),
        ("app a in n {\n  secret s store {}\n}\n", ["2:12: expected 'from' after secret name"]),
        ("app a in n {\n  secret s from s {\n    key \"x\"\n  }\n}\n", ["3:9: expected '<-' after secret key"]),
        ("app a in n {\n  secret s from s {\n    extrct \"x\"\n  }\n}\n", ["3:5: unknown setting 'extrct' in secret"]),
        ("app a in n {\n  iam-role {\n    allow \"s3:*\" \"arn\"\n  }\n}\n", ["3:18: expected 'on' after the actions"]),
        ("app a in n {\n  iam-role {\n    allow \"s3:*\" on \"a\" when Bool \"k\" \"v\"\n  }\n}\n",
         ["3:39: expected '=' after the condition key"]),
        ("app a in n {\n  iam-role {\n    alow \"s3:*\" on \"a\"\n  }\n}\n", ["3:5: unknown setting 'alow' in iam-role"]),
        ("role r in n {\n  allow \"get\" on pods\n}\n", ["2:9: expected a verb or '*' after 'allow'"]),
        ("role r in n {\n  allow get on {}\n}\n", ["2:16: expected a resource, '*' or a string after 'on'"]),
        ("role r in n {\n  allow get pods\n}\n", ["2:13: expected 'on' after the verbs"]),
        ("role r in n {\n  bind usr john\n}\n", ["2:8: expected 'user', 'group' or 'serviceaccount' after 'bind'"]),
        ("clusterrole r {\n  bnd user x\n}\n", ["2:3: unknown setting 'bnd' in clusterrole"]),
        ("user john {\n}\n", ["1:11: expected a string after user name"]),
        ("namespace a namespace b\n", ["1:13: expected end of line after 'namespace' declaration"]),
        ("cluster c {\n  region \"x\" \"y\"\n}\n", ["2:14: expected end of line after 'region' setting"]),
        ("app a in n {\n", ["2:1: expected '}' to close 'app' block"]),
        ("}\n", ["1:1: unexpected '}'"]),
        ("nodes \"a\\qb\"\n", ["1:9: invalid escape '\\q' in string"]),
        ("nodes \"abc\n", ["1:7: unterminated string"]),
        ("nodes \"a\\\u{1B}[31m\"\n", ["1:9: invalid escape '\\' in string"]),
        ("namespace a%\n", ["1:12: unexpected character '%'"]),
    ]

    @Test(arguments: cases)
    func diagnostic(source: String, expected: [String]) {
        #expect(SyntaxTestSupport.summaries(source) == expected)
    }

    @Test func hints() {
        let cases: [(String, String?)] = [
            ("clustr c {}\n", "did you mean 'cluster'?"),
            ("xyzzy c\n", nil),
            ("cluster c {\n  regoin \"x\"\n}\n", "did you mean 'region'?"),
            ("app a in n {\n  identiy irsa\n}\n", "did you mean 'identity'?"),
            ("role r in n {\n  bind grop x\n}\n", "did you mean 'group'?"),
            ("cluster c {\n  region us\n}\n", "write the value in double quotes: \"us\""),
            ("cluster \"c\" {}\n", "names are written without quotes"),
            ("region \"x\"\n", "'region' is a setting of 'cluster' or 'secretstore' blocks"),
            ("ebs gp3\n", "'ebs' is a setting of 'storageclass' blocks"),
            ("app a in n {\n  serviceaccount a\n\nnamespace n\n", "is a '}' missing before this 'namespace' declaration?"),
            // The second error of this one: the app block is still open at the end.
            ("app a in n {\n  serviceaccount a\n\nnamespace n\n", nil),
        ]
        for (source, hint) in cases {
            let (result, _) = SyntaxTestSupport.parse(source)
            let sorted = result.diagnostics.sortedForDisplay()
            #expect(sorted.filter { $0.hint == hint }.count == 1, "\(source)")
        }
    }

    /// One error per statement: a second error on a line is reported only after a `;`.
    @Test func oneErrorPerStatementAndEveryErrorOfARun() {
        let source = """
            clustr prod { region "x" }
            namespace payments {
              label team = = x; label = y
              pod-security
            }
            tier web payments
            flow web db on tcp/80
            app api in payments {
              serviceaccount api
              identiy irsa
            }
            storageclass s { ebs gp3 }
            }
            """
        #expect(SyntaxTestSupport.summaries(source) == [
            "1:1: unknown declaration 'clustr'",
            "3:16: expected a word or string after '='",
            "3:27: expected a word or string after 'label'",
            "4:15: expected a word after 'pod-security'",
            "6:10: expected 'in' after tier name",
            "7:10: expected '->' between flow endpoints",
            "10:3: unknown setting 'identiy' in app",
            "13:1: unexpected '}'",
        ])
        // The good declarations around the errors are all in the tree.
        let (result, _) = SyntaxTestSupport.parse(source)
        #expect(result.syntax.declarations.count == 3)
    }
}
