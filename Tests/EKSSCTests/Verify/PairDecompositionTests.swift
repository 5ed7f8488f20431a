import Testing
@testable import EKSSC

/// `ekssc verify` asks each pair of probe endpoints once which rules and flows can carry a
/// connection (`NetworkPolicyEvaluator.reachingRules`, `DeclaredNetwork.pair`) and then only
/// matches ports. These tests check that split against the per-probe definitions written out
/// directly (as the evaluator and the declarations answered before), on every pair of probe
/// endpoints and every probe port (and "any port") of hand-written and example specs.
@Suite struct PairDecompositionTests {
    /// Exercises what the examples leave out: `dns off`, `aws off`, public AWS endpoints,
    /// a Pod Identity app, a flow on every port, a protocol without a port, a named port,
    /// a range, a CIDR source with an `except`, whole-namespace ends and `isolation off`.
    static let source = SourceFile(path: "pairs.sec", text: """
        cluster demo {
          account "123456789012"
          region  "us-west-2"
          oidc    "https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLE"
          aws-endpoints public
        }
        namespace shop { label team = shop }
        namespace data { label team = data }
        namespace open { isolation off }
        tier web in shop { dns off }
        tier api in shop { aws off }
        tier db in data
        tier jobs in data { ingress none }
        flow cidr "10.0.0.0/16" except "10.0.9.0/24" -> web on tcp/8443
        flow web -> api
        flow api -> db on tcp/5432-5440, udp
        flow web -> data/db on tcp/http
        flow jobs -> namespaces where team = shop on tcp/9000
        flow namespace open -> shop/api on sctp/3868
        app web in shop {
          tier web
          iam-role { allow "s3:GetObject" on "arn:aws:s3:::b/*" }
        }
        app api in shop {
          tier api
          iam-role { allow "s3:GetObject" on "arn:aws:s3:::b/*" }
        }
        app jobs in data {
          tier jobs
          identity pod-identity
          iam-role { allow "sqs:SendMessage" on "arn:aws:sqs:us-west-2:123456789012:q" }
        }
        """)

    static func sources() throws -> [SourceFile] {
        try [source, NamespaceEndpointTests.source, LabelledNamespacesTests.source, TierMatchTests.source,
             IPv6EgressTests.source] + Examples.all.map(Examples.source)
    }

    @Test func declaredPairAnswersAsEveryProbe() throws {
        var compared = 0
        for source in try Self.sources() {
            let result = Compiler.build(source)
            #expect(!result.diagnostics.hasErrors, "\(DiagnosticRenderer().render(result.diagnostics, in: source))")
            let model = try #require(result.model)
            let endpoints = ProbeEndpoints(model: model)
            let files = try OutputLayout.files(for: try #require(result.artifacts))
            let ports = NetworkVerification(model: model, evaluator: try Self.evaluator(files)).probePorts(endpoints)
            let declared = DeclaredNetwork(model: model, namedPorts: endpoints.namedPorts)
            let reference = ReferenceDeclarations(model: model)
            for s in endpoints.probes.map(\.endpoint) {
                for t in endpoints.probes.map(\.endpoint) {
                    let pair = declared.pair(from: s, fromTiers: s.pod.map(declared.tierPositions) ?? [], to: t,
                                             toTiers: t.pod.map(declared.tierPositions) ?? [])
                    #expect(declared.allowsAnyPort(pair) == reference.allows(from: s, to: t, port: nil), "\(s) -> \(t)")
                    for port in ports {
                        #expect(declared.allows(pair, to: t, port: port) == reference.allows(from: s, to: t, port: port),
                                "\(source.path): \(s) -> \(t) \(port)")
                        compared += 1
                    }
                }
            }
        }
        #expect(compared > 10_000)
    }

    @Test func evaluatorRulesAnswerAsEveryProbe() throws {
        var compared = 0
        for source in try Self.sources() {
            let result = Compiler.build(source)
            let model = try #require(result.model)
            let endpoints = ProbeEndpoints(model: model)
            let evaluator = try Self.evaluator(try OutputLayout.files(for: try #require(result.artifacts)))
            let ports = NetworkVerification(model: model, evaluator: evaluator).probePorts(endpoints)
            compared += Self.compare(evaluator, endpoints.probes.map(\.endpoint), ports)
        }
        #expect(compared > 10_000)
    }

    /// Hand-written policies with what ekssc never writes: a rule without peers, a rule without
    /// ports, a port without a number, two policies on one pod, an egress-only policy.
    @Test func evaluatorRulesAnswerAsEveryProbeOnHandWrittenPolicies() throws {
        let yaml = """
            kind: NetworkPolicy
            metadata: {name: a, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: api}}
              ingress:
              - ports: [{protocol: TCP, port: http}, {protocol: UDP}]
              - from: [{podSelector: {matchLabels: {app: web}}}]
              - from: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.9.0.0/16]}}]
                ports: [{port: 7000, endPort: 7010}]
            ---
            kind: NetworkPolicy
            metadata: {name: b, namespace: shop}
            spec:
              podSelector: {matchExpressions: [{key: app, operator: In, values: [api, web]}, {key: app, operator: In, values: [web]}]}
              policyTypes: [Egress]
              egress:
              - to: [{namespaceSelector: {matchLabels: {team: data}}, podSelector: {matchLabels: {app: db}}}]
                ports: [{protocol: TCP, port: 5432}, {protocol: TCP, port: http}]
              - to: [{ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8]}}]
            ---
            kind: NetworkPolicy
            metadata: {name: d, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: api, track: canary}}
              ingress: [{}]
            ---
            kind: NetworkPolicy
            metadata: {name: c, namespace: data}
            spec:
              podSelector: {}
              policyTypes: [Ingress, Egress]
              ingress:
              - from: [{namespaceSelector: {}}]
                ports: [{protocol: TCP, port: 5432}]
            """
        let documents = try YAMLReader.read(Array(yaml.utf8)).map { (path: "hand.yaml", document: $0) }
        let evaluator = try NetworkPolicyEvaluator(documents: documents, namespaceLabels: ["shop": ["team": "shop"],
                                                                                          "data": ["team": "data"]])
        let http: [String: NetworkEndpoint.NamedPort] = ["http": .init(protocol: "TCP", port: 8080)]
        let endpoints: [NetworkEndpoint] = [
            .pod(.init(namespace: "shop", displayName: "shop/api", labels: ["app": "api"], namedPorts: http)),
            .pod(.init(namespace: "shop", displayName: "shop/web", labels: ["app": "web"])),
            .pod(.init(namespace: "shop", displayName: "shop/canary", labels: ["app": "api", "track": "canary"])),
            .pod(.init(namespace: "data", displayName: "data/db", labels: ["app": "db"], namedPorts: http)),
            .pod(.init(namespace: "other", displayName: "other/x", labels: [:])),
            .address("10.1.2.3"), .address("10.9.1.1"), .address("8.8.8.8"),
        ]
        let ports = [1, 53, 5432, 6999, 7000, 7005, 7010, 7011, 8080].flatMap { port in
            ["TCP", "UDP", "SCTP"].map { ProbePort(protocol: $0, port: port) }
        }
        #expect(Self.compare(evaluator, endpoints, ports) == endpoints.count * endpoints.count * ports.count * 2)
    }

    /// Compares both directions of every pair on every port; returns how many answers were compared.
    static func compare(_ evaluator: NetworkPolicyEvaluator, _ endpoints: [NetworkEndpoint], _ ports: [ProbePort]) -> Int {
        var compared = 0
        for s in endpoints {
            for t in endpoints {
                for (pod, direction, peer) in [(s.pod, PolicyUnderTest.Direction.egress, t), (t.pod, .ingress, s)] {
                    compared += ports.count
                    guard let pod else { continue }
                    let applying = evaluator.applying(to: pod, direction)
                    // The indexed lookup gives exactly the policies that select the pod, in order.
                    let selecting = (evaluator.policies[pod.namespace] ?? []).filter {
                        $0.types.contains(direction) && $0.podSelector.matches(pod.labels)
                    }
                    #expect(applying.map(ObjectIdentifier.init) == selecting.map(ObjectIdentifier.init), "\(pod) \(direction)")
                    let reaching = evaluator.reachingRules(by: applying, direction: direction, peer: peer)
                    let destination: NetworkEndpoint = direction == .ingress ? .pod(pod) : peer
                    let anyRule = applying.isEmpty || applying.contains { policy in
                        (direction == .ingress ? policy.ingress : policy.egress).contains { rule in
                            rule.peers.isEmpty || rule.peers.contains { evaluator.matches($0, peer, policyNamespace: policy.namespace) }
                        }
                    }
                    #expect(evaluator.mayReach(by: applying, direction: direction, peer: peer) == anyRule)
                    for port in ports {
                        let expected = applying.isEmpty || applying.contains { policy in
                            (direction == .ingress ? policy.ingress : policy.egress).contains { rule in
                                (rule.peers.isEmpty
                                    || rule.peers.contains { evaluator.matches($0, peer, policyNamespace: policy.namespace) })
                                    && (rule.ports.isEmpty
                                        || rule.ports.contains { evaluator.matches($0, destination, port.protocol, port.port) })
                            }
                        }
                        #expect(evaluator.allows(reaching, destination: destination, protocol: port.protocol, port: port.port)
                                    == expected, "\(s) -> \(t) \(direction) \(port)")
                    }
                }
            }
        }
        return compared
    }

    /// The evaluator `build`'s proof uses, read back from the rendered files the same way.
    static func evaluator(_ files: [OutputFile]) throws -> NetworkPolicyEvaluator {
        try Verifier.kubernetesEvaluators(files).network
    }
}
