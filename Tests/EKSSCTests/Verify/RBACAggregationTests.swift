import Testing
@testable import EKSSC

/// Aggregated ClusterRoles: the emitted shapes, and what a subject bound to an aggregated role
/// (a declared one, or the built-in admin, edit and view) may do — in the emitted objects as the
/// control plane fills them, and in the declarations as lint and verify see them.
@Suite struct RBACAggregationTests {
    static let source = """
        cluster demo {
          account "123456789012"
          region  "us-west-2"
          oidc    "https://oidc.eks.us-west-2.amazonaws.com/id/ABC123"
        }
        namespace shop
        clusterrole monitoring {
          aggregate "example.com/aggregate-to-monitoring" = "true"
          bind group monitors
        }
        clusterrole pod-reader {
          aggregate-to monitoring, view
          allow get, list on pods
        }
        clusterrole secret-peek {
          aggregate-to edit
          allow get on secrets
        }
        user ann "arn:aws:iam::123456789012:user/ann" {
          bind view in shop
          bind admin in shop
        }
        """

    static func build() throws -> BuildResult {
        let result = Compiler.build(SourceFile(path: "agg.sec", text: source))
        try #require(result.artifacts != nil, "\(DiagnosticRenderer().render(result.diagnostics, in: result.sources))")
        return result
    }

    static func request(_ verb: String, _ resource: String) -> RBACEvaluator.Request {
        RBACEvaluator.Request(verb: verb, group: "", resource: resource)
    }

    @Test func emitsLabelsAndAnAggregationRuleWithEmptyRules() throws {
        let manifests = try #require(try Self.build().artifacts).manifests
        let monitoring = try #require(manifests.first { $0.kind == "ClusterRole" && $0.metadata.name == "monitoring" })
        let yaml = YAMLEmitter.render([monitoring.document])
        #expect(yaml.contains("""
            aggregationRule:
              clusterRoleSelectors:
              - matchLabels:
                  example.com/aggregate-to-monitoring: "true"
            rules: []
            """))
        let reader = try #require(manifests.first { $0.metadata.name == "pod-reader" })
        #expect(reader.metadata.labels.contains(Label(key: "example.com/aggregate-to-monitoring", value: "true")))
        #expect(reader.metadata.labels.contains(Label(key: "rbac.authorization.k8s.io/aggregate-to-view", value: "true")))
    }

    /// The emitted objects, evaluated as the control plane fills them: monitors get the pod
    /// reader's rules; ann gets them through view, and the secret reader's through edit -> admin.
    @Test func emittedAggregationGrantsTheMembersRules() throws {
        let artifacts = try #require(try Self.build().artifacts)
        let emitted = try RBACEvaluator(documents: artifacts.manifests.map { (path: "x.yaml", document: $0.document) })
        #expect(emitted.allows(.group("monitors"), Self.request("list", "pods"), in: "shop"))
        #expect(!emitted.allows(.group("monitors"), Self.request("get", "secrets"), in: "shop"))
        #expect(emitted.allows(.user("ann"), Self.request("get", "pods"), in: "shop"))
        #expect(emitted.allows(.user("ann"), Self.request("get", "secrets"), in: "shop"))
        #expect(!emitted.allows(.user("ann"), Self.request("get", "pods"), in: "other"))
    }

    /// The declarations see the same: verify finds no difference, and the model grants what
    /// the emitted objects grant.
    @Test func declaredAggregationMatchesAndVerifies() throws {
        let result = try Self.build()
        let model = try #require(result.model)
        #expect(model.grantedRules(of: RBACRoleRef(name: "monitoring", namespace: nil)).flatMap(\.resources) == ["pods"])
        #expect(model.grantedRules(of: RBACRoleRef(name: "admin", namespace: nil)).flatMap(\.resources).sorted() == ["pods", "secrets"])
        #expect(model.grantedRules(of: RBACRoleRef(name: "view", namespace: nil)).flatMap(\.resources) == ["pods"])
        let files = try OutputLayout.files(for: try #require(result.artifacts))
        #expect(try Verifier.verify(model: model, files: files).passed)
    }

    /// Lint sees the aggregated rules at the aggregated role too: a wildcard member makes the
    /// role that gathers it a finding of its own.
    @Test func lintSeesAggregatedRules() {
        let source = Self.source.replacingOccurrences(of: "allow get, list on pods", with: "allow * on *")
        let diagnostics = Compiler.check(SourceFile(path: "agg.sec", text: source)).diagnostics
        #expect(diagnostics.contains { $0.ruleID == "EKS-RBAC-001" && $0.message.contains("'monitoring'") })
    }

    /// A selector on the built-in roles' labels would gather rules no declaration states.
    @Test(arguments: ["rbac.authorization.k8s.io/aggregate-to-edit", "kubernetes.io/bootstrapping", "x.k8s.io/y"])
    func selectorsOnBuiltInLabelsAreRefused(_ key: String) {
        let source = Self.source.replacingOccurrences(of: "\"example.com/aggregate-to-monitoring\" = \"true\"\n  bind",
                                                      with: "\"\(key)\" = \"true\"\n  bind")
        let diagnostics = Compiler.check(SourceFile(path: "agg.sec", text: source)).diagnostics
        #expect(diagnostics.contains { $0.id == SemanticDiagnostic.reservedLabel.id && $0.message.contains(key) })
    }

    @Test func aggregateToAnUnknownRoleIsAnError() {
        let source = Self.source.replacingOccurrences(of: "aggregate-to edit", with: "aggregate-to editors")
        let diagnostics = Compiler.check(SourceFile(path: "agg.sec", text: source)).diagnostics
        #expect(diagnostics.contains { $0.id == SemanticDiagnostic.undefinedRole.id && $0.message.contains("'editors'") })
    }

    @Test func emittedSelectorsOtherThanMatchLabelsAreRefused() throws {
        let yaml = """
            kind: ClusterRole
            metadata: {name: everything}
            aggregationRule:
              clusterRoleSelectors:
              - matchExpressions: [{key: a, operator: Exists}]
            rules: []
            """
        #expect(throws: VerifyError.self) {
            try RBACEvaluator(documents: try YAMLReader.read(Array(yaml.utf8)).map { (path: "t.yaml", document: $0) })
        }
    }
}
