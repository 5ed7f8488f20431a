import Testing
@testable import EKSSC

/// The NetworkPolicy evaluator against hand-written policies (not produced by ekssc) whose
/// answers were worked out by hand from the API reference.
@Suite struct NetworkPolicyEvaluatorTests {
    /// Namespaces `shop` (team=shop) and `data` (team=data) and `other` (team=other).
    static let namespaces: [String: [String: String]] = [
        "shop": ["team": "shop"], "data": ["team": "data"], "other": ["team": "other"],
    ]
    let web = NetworkEndpoint.pod(.init(namespace: "shop", displayName: "shop/web", labels: ["app": "web"]))
    let api = NetworkEndpoint.pod(.init(namespace: "shop", displayName: "shop/api", labels: ["app": "api", "tier": "back"],
                                        namedPorts: ["http": .init(protocol: "TCP", port: 8080)]))
    let dataWeb = NetworkEndpoint.pod(.init(namespace: "data", displayName: "data/web", labels: ["app": "web"]))
    let db = NetworkEndpoint.pod(.init(namespace: "data", displayName: "data/db", labels: ["app": "db"]))
    let otherWeb = NetworkEndpoint.pod(.init(namespace: "other", displayName: "other/web", labels: ["app": "web"]))

    func evaluator(_ yaml: String) throws -> NetworkPolicyEvaluator {
        let documents = try YAMLReader.read(Array(yaml.utf8)).map { (path: "test.yaml", document: $0) }
        return try NetworkPolicyEvaluator(documents: documents, namespaceLabels: Self.namespaces)
    }

    @Test func noPolicyAllowsEverything() throws {
        let e = try evaluator("--- {apiVersion: v1, kind: ConfigMap, metadata: {name: x}}\n")
        #expect(e.allows(from: web, to: db, protocol: "TCP", port: 1))
        #expect(e.allows(from: .address("8.8.8.8"), to: db, protocol: "UDP", port: 53))
    }

    /// namespaceSelector and podSelector in ONE element: pods labelled app=web in namespaces
    /// labelled team=data only.
    @Test func selectorsInOnePeerAreAnd() throws {
        let e = try evaluator("""
            kind: NetworkPolicy
            metadata: {name: db, namespace: data}
            spec:
              podSelector: {matchLabels: {app: db}}
              policyTypes: [Ingress]
              ingress:
              - from:
                - namespaceSelector: {matchLabels: {team: data}}
                  podSelector: {matchLabels: {app: web}}
            """)
        #expect(e.allows(from: dataWeb, to: db, protocol: "TCP", port: 5432))
        #expect(!e.allows(from: web, to: db, protocol: "TCP", port: 5432))       // app=web, wrong namespace
        #expect(!e.allows(from: db, to: db, protocol: "TCP", port: 5432))        // right namespace, wrong pod
    }

    /// The same selectors as TWO elements: any pod of team=data namespaces, OR app=web pods of
    /// the policy's own namespace (data).
    @Test func selectorsInTwoPeersAreOr() throws {
        let e = try evaluator("""
            kind: NetworkPolicy
            metadata: {name: db, namespace: data}
            spec:
              podSelector: {matchLabels: {app: db}}
              policyTypes: [Ingress]
              ingress:
              - from:
                - namespaceSelector: {matchLabels: {team: data}}
                - podSelector: {matchLabels: {app: web}}
            """)
        #expect(e.allows(from: dataWeb, to: db, protocol: "TCP", port: 5432))
        #expect(e.allows(from: db, to: db, protocol: "TCP", port: 5432))         // every pod of data
        #expect(!e.allows(from: web, to: db, protocol: "TCP", port: 5432))       // app=web but in shop
        #expect(!e.allows(from: otherWeb, to: db, protocol: "TCP", port: 5432))
    }

    /// An empty podSelector in `from` is every pod of the policy's namespace, not of the cluster;
    /// an empty namespaceSelector is every namespace.
    @Test func emptySelectors() throws {
        let e = try evaluator("""
            kind: NetworkPolicy
            metadata: {name: same-namespace, namespace: data}
            spec:
              podSelector: {}
              ingress:
              - from: [{podSelector: {}}]
            ---
            kind: NetworkPolicy
            metadata: {name: all-namespaces, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: api}}
              ingress:
              - from: [{namespaceSelector: {}}]
            """)
        #expect(e.allows(from: dataWeb, to: db, protocol: "TCP", port: 80))
        #expect(!e.allows(from: web, to: db, protocol: "TCP", port: 80))
        #expect(e.allows(from: otherWeb, to: api, protocol: "TCP", port: 80))
        #expect(!e.allows(from: .address("10.1.2.3"), to: api, protocol: "TCP", port: 80))  // selectors never match addresses
        #expect(e.allows(from: .address("10.1.2.3"), to: web, protocol: "TCP", port: 80))   // web is not selected
    }

    @Test func ipBlockWithExcept() throws {
        let e = try evaluator("""
            kind: NetworkPolicy
            metadata: {name: web, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: web}}
              policyTypes: [Egress]
              egress:
              - to:
                - ipBlock: {cidr: 10.0.0.0/16, except: [10.0.99.0/24]}
                ports: [{protocol: TCP, port: 443}]
            """)
        #expect(e.allows(from: web, to: .address("10.0.1.5"), protocol: "TCP", port: 443))
        #expect(!e.allows(from: web, to: .address("10.0.99.5"), protocol: "TCP", port: 443))
        #expect(!e.allows(from: web, to: .address("10.1.0.1"), protocol: "TCP", port: 443))
        #expect(!e.allows(from: web, to: .address("10.0.1.5"), protocol: "UDP", port: 443))
        #expect(!e.allows(from: web, to: db, protocol: "TCP", port: 443))          // ipBlock never selects pods here
    }

    /// Egress is open at the source, but the destination is isolated for ingress and has no
    /// rule for the source: denied.
    @Test func egressNeedsTheDestinationsIngress() throws {
        let e = try evaluator("""
            kind: NetworkPolicy
            metadata: {name: web-out, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: web}}
              policyTypes: [Egress]
              egress:
              - to: [{namespaceSelector: {matchLabels: {team: data}}}]
            ---
            kind: NetworkPolicy
            metadata: {name: deny-in, namespace: data}
            spec:
              podSelector: {}
              policyTypes: [Ingress]
            """)
        #expect(!e.allows(from: web, to: db, protocol: "TCP", port: 5432))
        #expect(!e.allows(from: web, to: api, protocol: "TCP", port: 8080))        // not in web's egress
        #expect(e.allows(from: api, to: web, protocol: "TCP", port: 8080))         // web's ingress is not isolated
    }

    @Test func endPortRange() throws {
        let e = try evaluator("""
            kind: NetworkPolicy
            metadata: {name: db, namespace: data}
            spec:
              podSelector: {matchLabels: {app: db}}
              ingress:
              - ports: [{protocol: TCP, port: 9200, endPort: 9300}, {port: 5432}]
            """)
        #expect(!e.allows(from: web, to: db, protocol: "TCP", port: 9199))
        #expect(e.allows(from: web, to: db, protocol: "TCP", port: 9200))
        #expect(e.allows(from: web, to: db, protocol: "TCP", port: 9300))
        #expect(!e.allows(from: web, to: db, protocol: "TCP", port: 9301))
        #expect(e.allows(from: web, to: db, protocol: "TCP", port: 5432))          // protocol left out: TCP
        #expect(!e.allows(from: web, to: db, protocol: "UDP", port: 5432))
        #expect(e.allows(from: .address("1.2.3.4"), to: db, protocol: "TCP", port: 9250))  // no `from`: everyone
    }

    /// A policy with only the Egress type leaves ingress open; policyTypes left out means
    /// Ingress, plus Egress only when the policy has an egress section.
    @Test func policyTypes() throws {
        let e = try evaluator("""
            kind: NetworkPolicy
            metadata: {name: egress-only, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: web}}
              policyTypes: [Egress]
            ---
            kind: NetworkPolicy
            metadata: {name: inferred-ingress, namespace: data}
            spec:
              podSelector: {matchLabels: {app: db}}
            ---
            kind: NetworkPolicy
            metadata: {name: inferred-both, namespace: other}
            spec:
              podSelector: {}
              egress:
              - to: [{podSelector: {}}]
            """)
        #expect(!e.allows(from: web, to: .address("1.1.1.1"), protocol: "TCP", port: 443))  // egress isolated, no rule
        #expect(e.allows(from: .address("1.1.1.1"), to: web, protocol: "TCP", port: 443))    // ingress untouched
        #expect(!e.allows(from: dataWeb, to: db, protocol: "TCP", port: 5432))               // inferred Ingress
        #expect(e.allows(from: db, to: dataWeb, protocol: "TCP", port: 5432))                // db's egress open
        #expect(!e.allows(from: otherWeb, to: web, protocol: "TCP", port: 80))               // inferred Egress
        #expect(!e.allows(from: web, to: otherWeb, protocol: "TCP", port: 80))               // and Ingress
    }

    /// A named port resolves on the destination pod, with its protocol.
    @Test func namedPorts() throws {
        let e = try evaluator("""
            kind: NetworkPolicy
            metadata: {name: api, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: api}}
              policyTypes: [Ingress]
              ingress:
              - ports: [{protocol: TCP, port: http}]
            ---
            kind: NetworkPolicy
            metadata: {name: web, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: web}}
              policyTypes: [Egress]
              egress:
              - ports: [{protocol: TCP, port: http}]
            """)
        #expect(e.allows(from: web, to: api, protocol: "TCP", port: 8080))
        #expect(!e.allows(from: web, to: api, protocol: "TCP", port: 80))
        #expect(!e.allows(from: web, to: api, protocol: "UDP", port: 8080))
        #expect(!e.allows(from: web, to: .address("8.8.8.8"), protocol: "TCP", port: 8080))  // an address has no names
        #expect(!e.allows(from: web, to: db, protocol: "TCP", port: 8080))                   // db has no port 'http'
    }

    /// Policies that select the same pod add up; an empty rule allows everything.
    @Test func unionOfPoliciesAndEmptyRule() throws {
        let e = try evaluator("""
            kind: NetworkPolicy
            metadata: {name: deny, namespace: data}
            spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
            ---
            kind: NetworkPolicy
            metadata: {name: db, namespace: data}
            spec:
              podSelector: {matchLabels: {app: db}}
              policyTypes: [Ingress, Egress]
              ingress: [{}]
            """)
        #expect(e.allows(from: .address("203.0.113.9"), to: db, protocol: "SCTP", port: 9))
        #expect(!e.allows(from: db, to: .address("203.0.113.9"), protocol: "TCP", port: 9))
        #expect(!e.allows(from: .address("203.0.113.9"), to: dataWeb, protocol: "TCP", port: 9))
    }

    @Test func matchExpressions() throws {
        let e = try evaluator("""
            kind: NetworkPolicy
            metadata: {name: shop, namespace: shop}
            spec:
              podSelector:
                matchExpressions: [{key: app, operator: In, values: [web, api]}]
              policyTypes: [Ingress]
              ingress:
              - from:
                - namespaceSelector:
                    matchExpressions: [{key: team, operator: NotIn, values: [other]}]
                  podSelector:
                    matchExpressions: [{key: app, operator: Exists}, {key: tier, operator: DoesNotExist}]
            """)
        #expect(e.allows(from: dataWeb, to: web, protocol: "TCP", port: 1))
        #expect(!e.allows(from: otherWeb, to: web, protocol: "TCP", port: 1))
        #expect(!e.allows(from: api, to: web, protocol: "TCP", port: 1))           // api has tier=back
    }

    @Test func rejectsMalformedPolicies() throws {
        #expect(throws: VerifyError.self) {
            _ = try evaluator("kind: NetworkPolicy\nmetadata: {name: x, namespace: y}\nspec: {podSelector: {}, policyTypes: [Sideways]}\n")
        }
        #expect(throws: VerifyError.self) {
            _ = try evaluator("kind: NetworkPolicy\nmetadata: {name: x}\nspec: {podSelector: {}, ingress: [{from: [{}]}]}\n")
        }
    }
}
