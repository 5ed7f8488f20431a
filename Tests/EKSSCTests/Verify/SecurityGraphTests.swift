import Testing
@testable import EKSSC

/// `ekssc graph`: the guide's picture has its tiers, flows and identity chain, once each, and
/// does not depend on the order of declarations.
@Suite struct SecurityGraphTests {
    func model(_ example: String) throws -> SecurityModel {
        try #require(Compiler.check(try Examples.source(example)).model)
    }

    @Test func guideGraphHasFlowsAndIdentities() throws {
        let graph = SecurityGraph(model: try model("guide"))
        let dot = graph.dot
        #expect(dot.hasPrefix("digraph ekssc {\n"))
        #expect(dot.contains("tier_default_2Ffrontend -> tier_default_2Fweb [label=\"tcp/8080\"];"))
        #expect(dot.contains("cidr_10_2E0_2E0_2E0_2F16 -> tier_default_2Ffrontend [label=\"tcp/8443\"];"))
        #expect(dot.contains("sa_default_2Fmy_2Dservice_2Daccount -> role_my_2Dapp_2Drole [label=\"irsa\", style=dashed];"))
        #expect(Set(graph.edges).count == graph.edges.count)
        let mermaid = graph.mermaid
        #expect(mermaid.hasPrefix("flowchart LR\n"))
        #expect(mermaid.contains("  tier_default_2Fweb -- \"tcp/5432\" --> tier_default_2Fdatabase\n"))
        #expect(mermaid.contains("secret_secretsmanager_3Aprod_2Fdatabase_2Fpassword[(\"prod/database/password\")]"))
    }

    @Test func labelsAreEscaped() {
        #expect(SecurityGraph.quoted("a\"b\\c") == "\"a\\\"b\\\\c\"")
        #expect(SecurityGraph.mermaidText("a\"b") == "a#quot;b")
        #expect(SecurityGraph.id("tier", "a/b-c") == "tier_a_2Fb_2Dc")
    }

    @Test(arguments: Examples.all)
    func graphIsDeterministic(_ example: String) throws {
        let first = SecurityGraph(model: try model(example))
        let second = SecurityGraph(model: try model(example))
        #expect(first.dot == second.dot)
        #expect(first.mermaid == second.mermaid)
    }
}
