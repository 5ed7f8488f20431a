import Testing
@testable import EKSSC

/// `owner`: where each kind of declaration belongs (README, "Many files and owners").
@Suite struct OwnershipTests {
    static let platform = """
        cluster demo {
          account "123456789012"
          region  "us-west-2"
          oidc    "https://oidc.eks.us-west-2.amazonaws.com/id/ABC123"
        }
        namespace data
        tier db in data

        """

    static func team(_ name: String, _ body: String) -> SourceFile {
        SourceFile(path: "\(name).sec", text: "owner team-\(name) { namespaces \(name) }\nnamespace \(name)\ntier \(name)-web in \(name)\ntier \(name)-api in \(name)\n" + body)
    }

    /// The ids of the ownership errors of a build of `platform` (plus `extra`) and the teams.
    static func ownershipErrors(platform extra: String = "", _ teams: [SourceFile]) -> [String] {
        let set = SourceSet([SourceFile(path: "platform.sec", text: platform + extra)] + teams)
        return Compiler.check(set, lint: nil).diagnostics
            .filter { [SemanticDiagnostic.ownedNamespace.id, SemanticDiagnostic.outsideOwnedNamespaces.id,
                       SemanticDiagnostic.namespaceOwnedTwice.id, SyntaxDiagnostic.ownerNotFirst.id].contains($0.id) }
            .map { "\(set.position(of: $0.range.start)) \($0.id)" }
    }

    @Test func aTeamDeclaresWhatLivesInItsNamespaces() {
        let shop = Self.team("shop", """
            flow shop-web -> shop-api on tcp/8080
            flow cidr "10.0.0.0/16" -> shop-web on tcp/443
            flow shop-api -> cidr "0.0.0.0/0" on tcp/443
            app api in shop { tier shop-api }
            role deployer in shop { allow get on pods }
            secretstore params in shop {
              provider parameterstore
              serviceaccount eso
            }
            """)
        #expect(Self.ownershipErrors([shop]) == [])
    }

    @Test func flowsBetweenOwnersBelongToThePlatform() {
        let shop = Self.team("shop", "")
        let pay = Self.team("pay", "")
        // From the platform: allowed (between two teams, and a team and a platform namespace).
        #expect(Self.ownershipErrors(platform: "flow shop/shop-web -> pay/pay-api on tcp/443\nflow shop-api -> data/db on tcp/5432\n",
                                     [shop, pay]) == [])
        // From a team's file: not allowed, whichever end is its own.
        let greedy = Self.team("shop", "flow shop-web -> pay-api on tcp/443\nflow shop-api -> db on tcp/5432\nflow shop-api -> namespaces where team = x\n")
        #expect(Self.ownershipErrors([greedy, pay]) == [
            "shop.sec:5:1 semantics.outside-owned-namespaces",
            "shop.sec:6:1 semantics.outside-owned-namespaces",
            "shop.sec:7:1 semantics.outside-owned-namespaces",
        ])
        // A flow inside one team's namespace belongs to that team, not to the platform.
        #expect(Self.ownershipErrors(platform: "flow shop-web -> shop-api on tcp/80\n", [shop])
                == ["platform.sec:8:1 semantics.owned-namespace"])
    }

    @Test func clusterScopedDeclarationsBelongToThePlatform() {
        let shop = Self.team("shop", """
            clusterrole reader { allow get on pods }
            user ann "arn:aws:iam::123456789012:user/ann" { groups devs }
            storageclass fast { ebs gp3 }
            """)
        #expect(Self.ownershipErrors([shop]).count == 3)
        #expect(Self.ownershipErrors([shop]).allSatisfy { $0.hasSuffix("semantics.outside-owned-namespaces") })
    }

    @Test func ownerOpensTheFileOnce() {
        let twice = SourceFile(path: "shop.sec", text: "# the shop team\n\nowner a { namespaces shop }\nowner b { namespaces shop }\nnamespace shop\n")
        let late = SourceFile(path: "late.sec", text: "namespace late\nowner c { namespaces late }\n")
        #expect(Self.ownershipErrors([twice, late]) == ["shop.sec:4:1 syntax.owner-not-first", "late.sec:2:1 syntax.owner-not-first"])
    }
}
