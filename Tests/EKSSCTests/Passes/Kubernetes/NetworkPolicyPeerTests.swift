import Testing
@testable import EKSSC

/// Peers and ports of network policy rules: other namespaces, CIDR blocks, port ranges, named
/// ports and flows without ports.
@Suite struct NetworkPolicyPeerTests {
    typealias P = NetworkPolicyPassTests

    @Test func crossNamespacePeerHasNamespaceAndPodSelectorInOneElement() {
        let model = SecurityModel(
            cluster: KubernetesTestModel.cluster,
            tiers: [P.tier("payments", "api", dns: false), P.tier("shop", "web", dns: false)],
            flows: [Flow(source: P.ref("shop", "web"), destination: P.ref("payments", "api"),
                         ports: [PortRule(protocol: .tcp, port: .number(443))])])
        let output = NetworkPolicyPass().run(model)
        #expect(output.manifests.map(\.objectKey.description) == [
            "NetworkPolicy payments/default-deny", "NetworkPolicy shop/default-deny",
            "NetworkPolicy payments/api-policy", "NetworkPolicy shop/web-policy",
        ])
        #expect(P.spec("api-policy", in: output) == """
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
            tiers: [P.tier("default", "web", dns: false)],
            flows: [
                Flow(source: P.ref("default", "web"),
                     destination: .cidr(IPBlock(cidr: "10.0.0.0/8", except: ["10.1.0.0/16", "10.2.0.0/16"])),
                     ports: [PortRule(protocol: .tcp, port: .range(8000, 8100)), PortRule(protocol: .udp, port: .named("syslog"))]),
                Flow(source: P.ref("default", "web"), destination: .cidr(IPBlock(cidr: "192.168.0.0/24")), ports: []),
                Flow(source: .cidr(IPBlock(cidr: "0.0.0.0/0")), destination: P.ref("default", "web"),
                     ports: [PortRule(protocol: .tcp, port: .named("http")), PortRule(protocol: .sctp, port: nil)]),
            ])
        let output = NetworkPolicyPass().run(model)
        #expect(P.spec("web-policy", in: output) == """
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
}
