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

    @Test func crossNamespacePeerHasNamespaceAndPodSelectorInOneElement() {
        let model = SecurityModel(
            cluster: KubernetesTestModel.cluster,
            tiers: [Self.tier("payments", "api", dns: false), Self.tier("shop", "web", dns: false)],
            flows: [Flow(source: Self.ref("shop", "web"), destination: Self.ref("payments", "api"),
                         ports: [PortRule(protocol: .tcp, port: .number(443))])])
        let output = NetworkPolicyPass().run(model)
        #expect(output.manifests.map(\.objectKey.description) == [
            "NetworkPolicy payments/default-deny", "NetworkPolicy shop/default-deny",
            "NetworkPolicy payments/api-policy", "NetworkPolicy shop/web-policy",
        ])
        #expect(Self.spec("api-policy", in: output) == """
        {
          "podSelector": {
            "matchLabels": {
              "app": "api"
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
                  "namespaceSelector": {
                    "matchLabels": {
                      "kubernetes.io/metadata.name": "shop"
                    }
                  },
                  "podSelector": {
                    "matchLabels": {
                      "app": "web"
                    }
                  }
                }
              ],
              "ports": [
                {
                  "protocol": "TCP",
                  "port": 443
                }
              ]
            }
          ]
        }
        """)
        let web = output.manifests.first { $0.metadata.name == "web-policy" }?.document["spec"]
        #expect(web?["egress"]?.listValue?.first?["to"]?.listValue?.first?["namespaceSelector"].map(DocumentText.render)
            == "{\n  \"matchLabels\": {\n    \"kubernetes.io/metadata.name\": \"payments\"\n  }\n}")
        #expect(web?["ingress"] == nil)
    }

    @Test func cidrPeerRangeNamedPortAndPortlessFlows() {
        let model = SecurityModel(
            cluster: KubernetesTestModel.cluster,
            tiers: [Self.tier("default", "web", dns: false)],
            flows: [
                Flow(source: Self.ref("default", "web"),
                     destination: .cidr(IPBlock(cidr: "10.0.0.0/8", except: ["10.1.0.0/16", "10.2.0.0/16"])),
                     ports: [PortRule(protocol: .tcp, port: .range(8000, 8100)), PortRule(protocol: .udp, port: .named("syslog"))]),
                Flow(source: Self.ref("default", "web"), destination: .cidr(IPBlock(cidr: "192.168.0.0/24")), ports: []),
                Flow(source: .cidr(IPBlock(cidr: "0.0.0.0/0")), destination: Self.ref("default", "web"),
                     ports: [PortRule(protocol: .tcp, port: .named("http")), PortRule(protocol: .sctp, port: nil)]),
            ])
        let output = NetworkPolicyPass().run(model)
        #expect(Self.spec("web-policy", in: output) == """
        {
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
                  "ipBlock": {
                    "cidr": "0.0.0.0/0"
                  }
                }
              ],
              "ports": [
                {
                  "protocol": "TCP",
                  "port": "http"
                },
                {
                  "protocol": "SCTP"
                }
              ]
            }
          ],
          "egress": [
            {
              "to": [
                {
                  "ipBlock": {
                    "cidr": "10.0.0.0/8",
                    "except": [
                      "10.1.0.0/16",
                      "10.2.0.0/16"
                    ]
                  }
                }
              ],
              "ports": [
                {
                  "protocol": "TCP",
                  "port": 8000,
                  "endPort": 8100
                },
                {
                  "protocol": "UDP",
                  "port": "syslog"
                }
              ]
            },
            {
              "to": [
                {
                  "ipBlock": {
                    "cidr": "192.168.0.0/24"
                  }
                }
              ]
            }
          ]
        }
        """)
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
