import Testing
@testable import EKSSC

@Suite struct RBACPassTests {
    /// The reference guide's `developer` Role and its binding to user john.
    static let guideModel = SecurityModel(
        cluster: KubernetesTestModel.cluster,
        rbacRoles: [RBACRole(name: "developer", namespace: "default", rules: [
            RBACRule(verbs: ["get", "list", "create", "update", "delete"], apiGroups: [""], resources: ["pods", "services"]),
        ])],
        rbacBindings: [RBACBinding(role: RBACRoleRef(name: "developer", namespace: "default"), namespace: "default",
                                   subjects: [.user("john")])])

    @Test func guideRoleAndBinding() {
        let output = RBACPass().run(Self.guideModel)
        #expect(output.diagnostics.isEmpty)
        #expect(KubernetesTestModel.manifestTexts(output) == [
            """
            {
              "apiVersion": "rbac.authorization.k8s.io/v1",
              "kind": "Role",
              "metadata": {
                "name": "developer",
                "namespace": "default",
                "labels": {
                  "app.kubernetes.io/managed-by": "ekssc"
                }
              },
              "rules": [
                {
                  "apiGroups": [
                    ""
                  ],
                  "resources": [
                    "pods",
                    "services"
                  ],
                  "verbs": [
                    "get",
                    "list",
                    "create",
                    "update",
                    "delete"
                  ]
                }
              ]
            }
            """,
            """
            {
              "apiVersion": "rbac.authorization.k8s.io/v1",
              "kind": "RoleBinding",
              "metadata": {
                "name": "developer-binding",
                "namespace": "default",
                "labels": {
                  "app.kubernetes.io/managed-by": "ekssc"
                }
              },
              "subjects": [
                {
                  "kind": "User",
                  "name": "john",
                  "apiGroup": "rbac.authorization.k8s.io"
                }
              ],
              "roleRef": {
                "apiGroup": "rbac.authorization.k8s.io",
                "kind": "Role",
                "name": "developer"
              }
            }
            """,
        ])
    }

    @Test func clusterRoleWithNamedResourcesAndNonResourceURLs() {
        let role = RBACRole(name: "ops", namespace: nil, rules: [
            RBACRule(verbs: ["get"], apiGroups: ["apps"], resources: ["deployments"], resourceNames: ["api", "web"]),
            RBACRule(verbs: ["get"], nonResourceURLs: ["/healthz", "/metrics"]),
        ])
        let output = RBACPass().run(SecurityModel(cluster: KubernetesTestModel.cluster, rbacRoles: [role]))
        #expect(output.manifests.first?.kind == "ClusterRole")
        #expect(output.manifests.first?.metadata.namespace == nil)
        #expect(output.manifests.first?.document["rules"].map(DocumentText.render) == """
        [
          {
            "apiGroups": [
              "apps"
            ],
            "resources": [
              "deployments"
            ],
            "resourceNames": [
              "api",
              "web"
            ],
            "verbs": [
              "get"
            ]
          },
          {
            "nonResourceURLs": [
              "/healthz",
              "/metrics"
            ],
            "verbs": [
              "get"
            ]
          }
        ]
        """)
    }

    @Test func resourceRuleAlwaysHasAPIGroups() {
        let rule = RBACRule(verbs: ["*"], apiGroups: [], resources: ["*"])
        #expect(rule.document.entries?.map(\.key) == ["apiGroups", "resources", "verbs"])
        #expect(rule.document["apiGroups"] == .list([]))
    }

    @Test func clusterRoleBindingAndClusterRoleBoundInANamespace() {
        let view = RBACRoleRef(name: "viewer", namespace: nil)
        let model = SecurityModel(
            cluster: KubernetesTestModel.cluster,
            rbacRoles: [RBACRole(name: "viewer", namespace: nil, rules: [RBACRule(verbs: ["get"], apiGroups: [""], resources: ["pods"])])],
            rbacBindings: [
                RBACBinding(role: view, namespace: nil, subjects: [.group("auditors")]),
                RBACBinding(role: view, namespace: "shop", subjects: [
                    .user("jane"), .group("shop-devs"), .serviceAccount(ServiceAccountRef(namespace: "ci", name: "deployer")),
                ]),
            ])
        let output = RBACPass().run(model)
        #expect(output.manifests.map(\.objectKey.description) == [
            "ClusterRole viewer", "ClusterRoleBinding viewer-binding", "RoleBinding shop/viewer-binding",
        ])
        #expect(output.manifests[1].document["roleRef"]?["kind"] == .string("ClusterRole"))
        #expect(output.manifests[2].document["roleRef"]?["kind"] == .string("ClusterRole"))
        #expect(output.manifests[2].document["subjects"].map(DocumentText.render) == """
        [
          {
            "kind": "User",
            "name": "jane",
            "apiGroup": "rbac.authorization.k8s.io"
          },
          {
            "kind": "Group",
            "name": "shop-devs",
            "apiGroup": "rbac.authorization.k8s.io"
          },
          {
            "kind": "ServiceAccount",
            "name": "deployer",
            "namespace": "ci"
          }
        ]
        """)
    }

    @Test func roleAndClusterRoleOfOneNameBoundInOneNamespaceGetDistinctBindings() {
        let rule = RBACRule(verbs: ["get"], apiGroups: [""], resources: ["pods"])
        let model = SecurityModel(
            cluster: KubernetesTestModel.cluster,
            rbacRoles: [RBACRole(name: "reader", namespace: nil, rules: [rule]),
                        RBACRole(name: "reader", namespace: "shop", rules: [rule])],
            rbacBindings: [
                RBACBinding(role: RBACRoleRef(name: "reader", namespace: nil), namespace: "shop", subjects: [.user("a")]),
                RBACBinding(role: RBACRoleRef(name: "reader", namespace: nil), namespace: "web", subjects: [.user("a")]),
                RBACBinding(role: RBACRoleRef(name: "reader", namespace: "shop"), namespace: "shop", subjects: [.user("b")]),
            ])
        let output = RBACPass().run(model)
        #expect(output.manifests.map(\.objectKey.description) == [
            "ClusterRole reader", "Role shop/reader", "RoleBinding shop/reader-clusterrole-binding",
            "RoleBinding web/reader-binding", "RoleBinding shop/reader-binding",
        ])
        #expect(output.manifests.map { $0.document["roleRef"]?["kind"]?.stringValue } == [
            nil, nil, "ClusterRole", "ClusterRole", "Role",
        ])
    }
}
