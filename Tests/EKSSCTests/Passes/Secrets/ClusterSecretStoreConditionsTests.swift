import Testing
@testable import EKSSC

/// `namespaces` and `namespace-selector` on a clustersecretstore: ESO `spec.conditions`, and the
/// apps that may read from it.
@Suite struct ClusterSecretStoreConditionsTests {
    static func build(_ declarations: String) -> BuildResult {
        Compiler.build(SourceFile(path: "stores.sec", text: """
            cluster demo {
              account "123456789012"
              region "us-west-2"
              oidc "https://oidc.eks.us-west-2.amazonaws.com/id/ABC123"
            }
            namespace tools
            namespace shop { label team = shop; label tier = gold }
            namespace billing { label team = billing }
            \(declarations)
            """), lint: nil)
    }

    @Test func conditionsAreEmittedOnePerSetting() throws {
        let result = Self.build("""
            clustersecretstore platform {
              provider secretsmanager
              serviceaccount eso in tools
              namespaces tools, billing
              namespace-selector tier = gold, team = shop
            }
            app api in shop { secret db from platform { password <- "shop/db" } }
            app invoices in billing { secret db from platform { password <- "billing/db" } }
            """)
        // Only the network warnings about apps without tiers: nothing about the store.
        #expect(result.diagnostics.map(\.id) == ["kubernetes.isolated-app-without-tier", "kubernetes.isolated-app-without-tier"])
        let store = try #require(result.artifacts?.manifests.compactMap { $0 as? SecretStoreManifest }.first)
        #expect(store.body.first?.value["conditions"] == .list([
            .map(["namespaces": .strings(["billing", "tools"])]),
            .map(["namespaceSelector": .map(["matchLabels": .map([
                Document.Entry("team", .string("shop")), Document.Entry("tier", .string("gold")),
            ])])]),
        ]))
    }

    @Test func anUnrestrictedStoreHasNoConditions() throws {
        let result = Self.build("""
            clustersecretstore platform {
              provider secretsmanager
              serviceaccount eso in tools
            }
            app api in shop { secret db from platform { password <- "shop/db" } }
            """)
        let store = try #require(result.artifacts?.manifests.compactMap { $0 as? SecretStoreManifest }.first)
        #expect(store.body.first?.value["conditions"] == nil)
    }

    @Test func aNamespaceMatchingNeitherConditionIsAnError() {
        let result = Self.build("""
            clustersecretstore platform {
              provider secretsmanager
              serviceaccount eso in tools
              namespace-selector team = shop, tier = platinum
            }
            app api in shop { secret db from platform { password <- "shop/db" } }
            """)
        #expect(result.diagnostics.map(\.id) == ["semantics.store-namespace-not-admitted"])
        #expect(result.artifacts == nil)
    }
}
