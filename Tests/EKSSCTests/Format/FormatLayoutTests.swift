import Testing
@testable import EKSSC

/// The canonical layout, rule by rule.
@Suite struct FormatLayoutTests {
    private func format(_ text: String) -> String? {
        SourceFormatter.format(SourceFile(path: "t.sec", text: text)).formatted.map { String(decoding: $0, as: UTF8.self) }
    }

    private func format(_ bytes: [UInt8]) -> [UInt8]? {
        SourceFormatter.format(SourceFile(path: "t.sec", bytes: bytes)).formatted
    }

    @Test func blocksAreIndentedTwoSpacesAndSettingsAligned() {
        let input = """
        cluster c {
        account "1"
              region "r"
         oidc "https://x"
        secrets-encryption "arn:aws:kms:r:1:key/k"
        }
        """
        #expect(format(input) == """
        cluster c {
          account "1"
          region  "r"
          oidc    "https://x"
          secrets-encryption "arn:aws:kms:r:1:key/k"
        }

        """)
    }

    @Test func namesAlignBeforeTheSameKeyword() {
        let input = "tier gateway in storefront { select \"a\" = gateway }\ntier checkout in storefront\ntier api in payments\n"
            + "flow cidr \"10.0.0.0/16\" -> frontend on tcp/8443\nflow frontend -> web on tcp / 8080\nflow web -> database on tcp/5432\n"
        #expect(format(input) == """
        tier gateway  in storefront { select "a" = gateway }
        tier checkout in storefront
        tier api      in payments
        flow cidr "10.0.0.0/16" -> frontend on tcp/8443
        flow frontend -> web      on tcp/8080
        flow web      -> database on tcp/5432

        """)
    }

    @Test func valuesAreNeverPaddedAndOnlyASettingsOneValueAligns() {
        let input = "app a in n {\n  iam-role {\n    managed \"arn:aws:iam::1:policy/p\"\n    allow \"s3:GetObject\" on \"*\"\n    deny \"s3:PutObject\", \"s3:DeleteObject\" on \"*\"\n  }\n}\n"
            + "role r in n {\n  allow get, list on pods\n  allow get on pods/log\n}\n"
        #expect(format(input) == """
        app a in n {
          iam-role {
            managed "arn:aws:iam::1:policy/p"
            allow "s3:GetObject" on "*"
            deny "s3:PutObject", "s3:DeleteObject" on "*"
          }
        }

        role r in n {
          allow get, list on pods
          allow get on pods/log
        }

        """)
    }

    @Test func newDeclarationsFormatWithoutRulesOfTheirOwn() {
        // Not valid .sec today, so the layout is tested below the parser's refusal.
        let file = SourceFile(path: "t.sec", text: "let vpc-cidr = \"10.0.0.0/16\"\nlet account-id = \"1\"\nlet x = \"2\"\ntemplate web {\ntier web\n}\nowner team-x { namespaces a, b }\n")
        var builder = FormatLineBuilder(file: file, tokens: Lexer.tokens(of: file))
        var lines = builder.build()
        ColumnAligner.align(&lines)
        #expect(String(decoding: FormatLinePrinter.print(lines, pieces: builder.pieces, file: file), as: UTF8.self) == """
        let vpc-cidr   = "10.0.0.0/16"
        let account-id = "1"
        let x = "2"

        template web {
          tier web
        }

        owner team-x { namespaces a, b }

        """)
    }

    @Test func multiLineDeclarationsGetOneBlankLineAround() {
        let input = "# top\n\n\n\nnamespace a { pod-security restricted }\nnamespace b {\n\n  label x = y\n\n\n  label z = w\n\n}\n# about c\nnamespace c\n\n\n"
        #expect(format(input) == """
        # top

        namespace a { pod-security restricted }

        namespace b {
          label x = y

          label z = w
        }

        # about c
        namespace c

        """)
    }

    @Test func trailingCommentsStayOnTheirLine() {
        let input = "cluster c { # the cluster\n  endpoint private # only private\n  logging api,   # first\n     audit\n}  # end\n"
        #expect(format(input) == """
        cluster c {   # the cluster
          endpoint private   # only private
          logging api,   # first
              audit
        }   # end

        """)
    }

    @Test func trailingCommentsOfNeighboursAlign() {
        let input = "namespace n {\n  isolation off # a\n  pod-security restricted # b\n}\n"
        #expect(format(input) == """
        namespace n {
          isolation off             # a
          pod-security restricted   # b
        }

        """)
    }

    @Test func crlfTabsAndByteOrderMarkBecomeTheCanonicalForm() {
        let input: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("namespace a {\r\n\tpod-security\trestricted\r\n}\r\n".utf8)
        #expect(format(input) == Array("namespace a {\n  pod-security restricted\n}\n".utf8))
    }

    @Test func semicolonsBetweenStatementsBecomeLineBreaks() {
        #expect(format("namespace a; namespace b;\nnamespace c { pod-security baseline; isolation off }\n")
            == "namespace a\nnamespace b\nnamespace c { pod-security baseline; isolation off }\n")
    }

    @Test func anEmptyFileStaysEmpty() {
        #expect(format("") == "")
        #expect(format("\n\n") == "")
        #expect(format("# only a comment") == "# only a comment\n")
    }

    @Test func commentsKeepTheirBytesEvenWhenNotUTF8() {
        let input: [UInt8] = Array("namespace a   # ".utf8) + [0xFF, 0xC0] + [0x0A]
        #expect(format(input) == input)
    }

    @Test func aSyntaxErrorRefusesTheFile() {
        let outcome = SourceFormatter.format(SourceFile(path: "t.sec", text: "namespace a {\n"))
        #expect(outcome.formatted == nil)
        #expect(outcome.renderDiagnostics().contains("t.sec:2:1: error: expected '}'"))
    }
}
