import Testing
@testable import EKSSC

/// ServiceAccount names up to the API server's 253 characters (with parts longer than DNS's 63),
/// and every name derived from one within its own limit: the IAM role name (64), the IAM tag
/// value (256), file names (255 bytes) — shortened the same way on every run.
@Suite struct LongServiceAccountTests {
    static func source(_ account: String, identity: String = "pod-identity") -> SourceFile {
        SourceFile(path: "sa.sec", text: """
            cluster demo {
              account "123456789012"
              region  "us-west-2"
              oidc    "https://oidc.eks.us-west-2.amazonaws.com/id/ABC123"
            }
            namespace shop
            app web in shop {
              serviceaccount \(account)
              identity \(identity)
              iam-role { allow "s3:GetObject" on "arn:aws:s3:::shop-assets/*" }
            }
            """)
    }

    static let longest = String(repeating: "a", count: 120) + "." + String(repeating: "b", count: 100) + "-" + String(repeating: "c", count: 31)

    @Test func acceptsWhatTheAPIServerAccepts() {
        #expect(Self.longest.count == 253)
        for account in [Self.longest, String(repeating: "x", count: 200), "a.b-c"] {
            #expect(KubernetesNames.serviceAccountName(account).failure == nil, "\(account)")
        }
        for account in [String(repeating: "x", count: 254), "-a", "a..b", "A", "a_b", "a."] {
            #expect(KubernetesNames.serviceAccountName(account).failure != nil, "\(account)")
        }
    }

    /// An app's name is a label value too (`app.kubernetes.io/name`): 63 characters at most,
    /// while its ServiceAccount may be longer.
    @Test func appNamesAreLabelValues() {
        func diagnostics(_ app: String) -> [Diagnostic] {
            Compiler.check(SourceFile(path: "app.sec", text: """
                cluster demo {
                  account "123456789012"
                  region  "us-west-2"
                  oidc    "https://oidc.eks.us-west-2.amazonaws.com/id/ABC123"
                }
                namespace shop
                app \(app) in shop { serviceaccount \(Self.longest) }
                """), lint: nil).diagnostics
        }
        // Dotted: every part within DNS's 63, the whole a valid object name, too long for a label.
        #expect(!diagnostics(String(repeating: "a", count: 30) + "." + String(repeating: "b", count: 32)).hasErrors)
        let long = diagnostics(String(repeating: "a", count: 30) + "." + String(repeating: "b", count: 33))
        #expect(long.contains { $0.id == SemanticDiagnostic.invalidName.id && $0.message.contains("longer than 63") })
    }

    @Test(arguments: ["pod-identity", "irsa"])
    func derivedNamesStayWithinTheirLimits(_ identity: String) throws {
        let first = Compiler.build(Self.source(Self.longest, identity: identity))
        let artifacts = try #require(first.artifacts, "\(DiagnosticRenderer().render(first.diagnostics, in: first.sources))")
        let role = try #require(artifacts.iamRoles.first)
        #expect(role.roleName.count <= IAMRoleNaming.maximumLength)
        #expect(role.tags.allSatisfy { $0.value.count <= 256 })
        for layout in OutputLayout.Kind.allCases {
            let files = try OutputLayout.files(for: artifacts, layout: layout)
            for file in files {
                #expect(file.path.split(separator: "/").allSatisfy { $0.utf8.count <= 255 }, "\(file.path)")
            }
            // Deterministic: the same names on a second run.
            let again = try OutputLayout.files(for: try #require(Compiler.build(Self.source(Self.longest, identity: identity)).artifacts),
                                               layout: layout)
            #expect(again.map(\.path) == files.map(\.path))
        }
    }

    @Test func shortenedNamesOfDistinctAccountsDiffer() {
        let a = OutputConventions.fileName("serviceaccount-" + Self.longest, extension: "yaml")
        let b = OutputConventions.fileName("serviceaccount-" + Self.longest.dropLast() + "d", extension: "yaml")
        #expect(a.utf8.count == 255 && b.utf8.count == 255 && a != b)
        #expect(OutputConventions.fileName("serviceaccount-web", extension: "yaml") == "serviceaccount-web.yaml")
        #expect(OutputConventions.tagValue(String(repeating: "t", count: 300)).count == 256)
    }
}
