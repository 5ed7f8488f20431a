import Testing
@testable import EKSSC

/// A manifest of any kind, for layout tests.
private struct SampleManifest: KubernetesManifest {
    var apiVersion: String
    var kind: String
    var metadata: ObjectMeta
    var body: [Document.Entry] = []
}

@Suite struct OutputLayoutTests {
    private static let trust: Document = .map(["Version": .string("2012-10-17"), "Statement": .list([])])

    private static let artifacts = BuildArtifacts(
        manifests: [
            SampleManifest(apiVersion: "v1", kind: "ServiceAccount", metadata: .managed(name: "app", namespace: "shop")),
            SampleManifest(apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRole",
                           metadata: .managed(name: "reader")),
            SampleManifest(apiVersion: "v1", kind: "Namespace", metadata: .managed(name: "shop")),
            SampleManifest(apiVersion: "v1", kind: "ConfigMap", metadata: .managed(name: "aws-auth", namespace: "kube-system"),
                           body: [Document.Entry("data", .map(["mapRoles": .yamlText(.list([]))]))]),
            SampleManifest(apiVersion: "storage.k8s.io/v1", kind: "StorageClass", metadata: .managed(name: "ebs")),
        ],
        iamRoles: [
            IAMRoleArtifact(roleName: "prod-shop-app", roleARN: "arn:aws:iam::1:role/prod-shop-app",
                            serviceAccount: ServiceAccountRef(namespace: "shop", name: "app"), trustPolicy: trust,
                            permissionPolicy: .map(["Version": .string("2012-10-17")]),
                            managedPolicyARNs: ["arn:aws:iam::aws:policy/ReadOnlyAccess"],
                            permissionsBoundary: "arn:aws:iam::1:policy/boundary"),
            IAMRoleArtifact(roleName: "bare", roleARN: "arn:aws:iam::1:role/bare", serviceAccount: nil,
                            trustPolicy: trust, permissionPolicy: nil, managedPolicyARNs: []),
        ],
        awsInputs: [
            AWSCLIInput(path: "access-entries/john.json", command: "eks create-access-entry",
                        document: .map(["clusterName": .string("prod")])),
        ])

    @Test func laysOutEveryArtifactSortedByPath() throws {
        let files = try OutputLayout.files(for: Self.artifacts)
        #expect(files.map(\.path) == [
            "aws/access-entries/john.json",
            "iam/bare/managed-policies.json",
            "iam/bare/role.json",
            "iam/bare/trust-policy.json",
            "iam/prod-shop-app/managed-policies.json",
            "iam/prod-shop-app/policy.json",
            "iam/prod-shop-app/role.json",
            "iam/prod-shop-app/trust-policy.json",
            "kubernetes/_cluster/clusterrole-reader.yaml",
            "kubernetes/_cluster/namespace-shop.yaml",
            "kubernetes/_cluster/storageclass-ebs.yaml",
            "kubernetes/kube-system/configmap-aws-auth.yaml",
            "kubernetes/kustomization.yaml",
            "kubernetes/shop/serviceaccount-app.yaml",
            "kustomization.yaml",
        ])
    }

    /// The pass decides every path and builds the kustomizations and role inputs as documents;
    /// the layout only renders what it planned, in the same order.
    @Test func thePassPlansAndTheLayoutOnlyRenders() throws {
        let planned = OutputTreePass().run(Self.artifacts)
        let files = try OutputLayout.render(planned)
        #expect(files.map(\.path) == planned.map(\.path))
        let kustomization = try #require(planned.first { $0.path == "kustomization.yaml" })
        guard case .yaml(let document) = kustomization.content else {
            Issue.record("the root kustomization is planned as one YAML document")
            return
        }
        #expect(document["kind"]?.stringValue == "Kustomization")
        #expect(document["resources"] == .strings(["kubernetes"]))
        let role = try #require(planned.first { $0.path == "iam/prod-shop-app/role.json" })
        guard case .json(let input) = role.content else {
            Issue.record("role.json is planned as one JSON document")
            return
        }
        #expect(input["RoleName"]?.stringValue == "prod-shop-app")
        #expect(input["PermissionsBoundary"]?.stringValue == "arn:aws:iam::1:policy/boundary")
        for (plan, file) in zip(planned, files) {
            #expect(file.contents == OutputLayout.render(plan.content))
        }
    }

    @Test func writesFileContents() throws {
        let files = Dictionary(uniqueKeysWithValues: try OutputLayout.files(for: Self.artifacts).map { ($0.path, $0.contents) })
        #expect(files["kubernetes/kustomization.yaml"] == """
            ---
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources:
            - _cluster/namespace-shop.yaml
            - _cluster/clusterrole-reader.yaml
            - _cluster/storageclass-ebs.yaml
            - kube-system/configmap-aws-auth.yaml
            - shop/serviceaccount-app.yaml

            """)
        #expect(files["kubernetes/shop/serviceaccount-app.yaml"] == """
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: app
              namespace: shop
              labels:
                app.kubernetes.io/managed-by: ekssc

            """)
        #expect(files["kustomization.yaml"] == """
            ---
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources:
            - kubernetes

            """)
        // `aws iam create-role --cli-input-json` input: no Arn or ServiceAccount keys, which
        // the CLI rejects; the ServiceAccount is a tag.
        #expect(files["iam/prod-shop-app/role.json"] == """
            {
              "RoleName": "prod-shop-app",
              "Description": "Managed by ekssc for ServiceAccount shop/app",
              "PermissionsBoundary": "arn:aws:iam::1:policy/boundary",
              "Tags": [
                {
                  "Key": "managed-by",
                  "Value": "ekssc"
                },
                {
                  "Key": "ekssc/service-account",
                  "Value": "shop/app"
                }
              ]
            }

            """)
        #expect(files["iam/bare/role.json"] == """
            {
              "RoleName": "bare",
              "Description": "Managed by ekssc",
              "Tags": [
                {
                  "Key": "managed-by",
                  "Value": "ekssc"
                }
              ]
            }

            """)
        #expect(files["iam/bare/managed-policies.json"] == "[]\n")
        #expect(files["iam/prod-shop-app/managed-policies.json"] == "[\n  \"arn:aws:iam::aws:policy/ReadOnlyAccess\"\n]\n")
        #expect(files["iam/bare/trust-policy.json"] == "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": []\n}\n")
        #expect(files["aws/access-entries/john.json"] == "{\n  \"clusterName\": \"prod\"\n}\n")
    }

    @Test func yamlFilesStartWithADocumentMarker() throws {
        let yamlFiles = try OutputLayout.files(for: Self.artifacts).filter { $0.path.hasSuffix(".yaml") }
        #expect(yamlFiles.count == 7)
        #expect(yamlFiles.allSatisfy { $0.contents.hasPrefix("---\n") && $0.contents.hasSuffix("\n") })
    }

    @Test(.enabled(if: ValidatorTools.hasYamllint, ValidatorTools.yamllintMissing))
    func yamlFilesPassStrictYamllint() throws {
        let yamlFiles = try OutputLayout.files(for: Self.artifacts).filter { $0.path.hasSuffix(".yaml") }
        let result = try Yamllint.lint(Dictionary(uniqueKeysWithValues: yamlFiles.map { ($0.path, $0.contents) }))
        #expect(result.report == "")
        #expect(result.status == 0)
    }

    @Test func leavesOutTheKustomizationWithoutManifests() throws {
        #expect(try OutputLayout.files(for: BuildArtifacts()).isEmpty)
    }

    @Test func refusesTwoArtifactsAtOnePath() {
        let twice = SampleManifest(apiVersion: "v1", kind: "ServiceAccount", metadata: .managed(name: "app", namespace: "shop"))
        #expect(throws: OutputLayoutError.duplicatePath("kubernetes/shop/serviceaccount-app.yaml")) {
            try OutputLayout.files(for: BuildArtifacts(manifests: [twice, twice]))
        }
    }
}
