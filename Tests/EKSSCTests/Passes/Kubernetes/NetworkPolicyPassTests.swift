import Testing
@testable import EKSSC

@Suite struct NetworkPolicyPassTests {
    static func tier(_ namespace: String, _ name: String, dns: Bool = true) -> Tier {
        Tier(id: TierID(namespace: namespace, name: name), selector: [Label(key: "app", value: name)], dns: dns)
    }

    static func ref(_ namespace: String, _ name: String) -> FlowEndpoint { .tier(TierID(namespace: namespace, name: name)) }

    /// The reference guide's three tiers: frontend -> web tcp/8080, web -> database tcp/5432.
    static let guideModel = SecurityModel(
        cluster: KubernetesTestModel.cluster,
        tiers: [tier("default", "database"), tier("default", "frontend"), tier("default", "web")],
        flows: [
            Flow(source: ref("default", "frontend"), destination: ref("default", "web"),
                 ports: [PortRule(protocol: .tcp, port: .number(8080))]),
            Flow(source: ref("default", "web"), destination: ref("default", "database"),
                 ports: [PortRule(protocol: .tcp, port: .number(5432))]),
        ])

    /// The spec of the policy named `name`, rendered.
    static func spec(_ name: String, in output: PassOutput) -> String? {
        output.manifests.first { $0.metadata.name == name }.flatMap { $0.document["spec"] }.map(DocumentText.render)
    }

    static let dnsRuleText = """
          {
            "to": [
              {
                "namespaceSelector": {
                  "matchLabels": {
                    "kubernetes.io/metadata.name": "kube-system"
                  }
                },
                "podSelector": {
                  "matchLabels": {
                    "k8s-app": "kube-dns"
                  }
                }
              }
            ],
            "ports": [
              {
                "protocol": "UDP",
                "port": 53
              },
              {
                "protocol": "TCP",
                "port": 53
              }
            ]
          }
    """

    @Test func guideNetworkProducesDefaultDenyAndOnePolicyPerTier() {
        let output = NetworkPolicyPass().run(Self.guideModel)
        #expect(output.manifests.map(\.objectKey.description) == [
            "NetworkPolicy default/default-deny", "NetworkPolicy default/database-policy",
            "NetworkPolicy default/frontend-policy", "NetworkPolicy default/web-policy",
        ])
        #expect(output.diagnostics.isEmpty)
        #expect(KubernetesTestModel.manifestTexts(output)[0] == """
        {
          "apiVersion": "networking.k8s.io/v1",
          "kind": "NetworkPolicy",
          "metadata": {
            "name": "default-deny",
            "namespace": "default",
            "labels": {
              "app.kubernetes.io/managed-by": "ekssc"
            }
          },
          "spec": {
            "podSelector": {},
            "policyTypes": [
              "Ingress",
              "Egress"
            ]
          }
        }
        """)
    }

    @Test func webPolicyHasIngressFromFrontendAndEgressToDatabaseAndDNS() {
        let output = NetworkPolicyPass().run(Self.guideModel)
        #expect(KubernetesTestModel.manifestTexts(output)[3] == """
        {
          "apiVersion": "networking.k8s.io/v1",
          "kind": "NetworkPolicy",
          "metadata": {
            "name": "web-policy",
            "namespace": "default",
            "labels": {
              "app.kubernetes.io/managed-by": "ekssc"
            }
          },
          "spec": {
            "podSelector": {
              "matchLabels": {
                "app": "web"
              }
            },
            "policyTypes": [
              "Ingress",
              "Egress"
            ],
            "ingress": [
              {
                "from": [
                  {
                    "podSelector": {
                      "matchLabels": {
                        "app": "frontend"
                      }
                    }
                  }
                ],
                "ports": [
                  {
                    "protocol": "TCP",
                    "port": 8080
                  }
                ]
              }
            ],
            "egress": [
              {
                "to": [
                  {
                    "podSelector": {
                      "matchLabels": {
                        "app": "database"
                      }
                    }
                  }
                ],
                "ports": [
                  {
                    "protocol": "TCP",
                    "port": 5432
                  }
                ]
              },
        \(Self.dnsRuleText)
            ]
          }
        }
        """)
    }

    @Test func frontendHasNoIngressAndDatabaseOnlyDNSEgress() {
        let output = NetworkPolicyPass().run(Self.guideModel)
        let frontend = output.manifests.first { $0.metadata.name == "frontend-policy" }?.document["spec"]
        #expect(frontend?["ingress"] == nil)
        #expect(frontend?["egress"]?.listValue?.count == 2)
        let database = output.manifests.first { $0.metadata.name == "database-policy" }?.document["spec"]
        #expect(database?["ingress"]?.listValue?.count == 1)
        let dnsRuleAtTopLevel = Self.dnsRuleText.split(separator: "\n").map { $0.dropFirst(4) }.joined(separator: "\n")
        #expect(database?["egress"].map(DocumentText.render) == "[\n\(dnsRuleAtTopLevel)\n]")
    }

    @Test func dnsOffWithoutFlowsDeniesBothDirections() {
        let model = SecurityModel(cluster: KubernetesTestModel.cluster, tiers: [Self.tier("batch", "jobs", dns: false)])
        let output = NetworkPolicyPass().run(model)
        let spec = output.manifests.last?.document["spec"]
        #expect(spec?.entries?.map(\.key) == ["podSelector", "policyTypes"])
        #expect(spec?["policyTypes"] == .strings(["Ingress", "Egress"]))
    }

    @Test func customSelectorIsUsedForPeers() {
        let model = SecurityModel(
            cluster: KubernetesTestModel.cluster,
            tiers: [
                Tier(id: TierID(namespace: "default", name: "api"),
                     selector: [Label(key: "app.kubernetes.io/name", value: "api"), Label(key: "tier", value: "backend")]),
                Self.tier("default", "ui"),
            ],
            flows: [Flow(source: Self.ref("default", "ui"), destination: Self.ref("default", "api"), ports: [])])
        let ui = NetworkPolicyPass().run(model).manifests.first { $0.metadata.name == "ui-policy" }
        #expect(ui?.document["spec"]?["egress"]?.listValue?.first.map(DocumentText.render) == """
        {
          "to": [
            {
              "podSelector": {
                "matchLabels": {
                  "app.kubernetes.io/name": "api",
                  "tier": "backend"
                }
              }
            }
          ]
        }
        """)
    }

    @Test func noTiersNoPolicies() {
        #expect(NetworkPolicyPass().run(SecurityModel(cluster: KubernetesTestModel.cluster)).manifests.isEmpty)
    }
}
