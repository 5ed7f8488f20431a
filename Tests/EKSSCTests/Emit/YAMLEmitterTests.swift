import Testing
@testable import EKSSC

@Suite struct YAMLEmitterTests {
    /// An aws-auth ConfigMap: nested maps, a `.yamlText` block holding a sequence of mappings.
    static let awsAuth: Document = .map([
        "apiVersion": .string("v1"),
        "kind": .string("ConfigMap"),
        "metadata": .map([
            "name": .string("aws-auth"),
            "namespace": .string("kube-system"),
            "labels": .map(["app.kubernetes.io/managed-by": .string("ekssc")]),
        ]),
        "data": .map([
            "mapRoles": .yamlText(.list([
                .map([
                    "rolearn": .string("arn:aws:iam::123456789012:role/nodes"),
                    "username": .string("system:node:{{EC2PrivateDNSName}}"),
                    "groups": .strings(["system:bootstrappers", "system:nodes"]),
                ]),
            ])),
        ]),
    ])

    @Test func rendersAConfigMapWithYAMLText() {
        #expect(YAMLEmitter.render([Self.awsAuth]) == """
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: aws-auth
              namespace: kube-system
              labels:
                app.kubernetes.io/managed-by: ekssc
            data:
              mapRoles: |
                - rolearn: arn:aws:iam::123456789012:role/nodes
                  username: system:node:{{EC2PrivateDNSName}}
                  groups:
                  - system:bootstrappers
                  - system:nodes

            """)
    }

    @Test func rendersANetworkPolicyWithNestedSequencesAndEmptyCollections() {
        let policy: Document = .map([
            "apiVersion": .string("networking.k8s.io/v1"),
            "kind": .string("NetworkPolicy"),
            "metadata": .map(["name": .string("default-deny"), "namespace": .string("shop")]),
            "spec": .map([
                "podSelector": .map([]),
                "policyTypes": .strings(["Ingress", "Egress"]),
                "ingress": .list([]),
                "egress": .list([
                    .map([
                        "to": .list([.map(["ipBlock": .map(["cidr": .string("10.0.0.0/16")])])]),
                        "ports": .list([
                            .map(["protocol": .string("UDP"), "port": .int(53)]),
                            .map(["protocol": .string("TCP"), "port": .int(53)]),
                        ]),
                    ]),
                ]),
            ]),
        ])
        #expect(YAMLEmitter.render([policy]) == """
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: default-deny
              namespace: shop
            spec:
              podSelector: {}
              policyTypes:
              - Ingress
              - Egress
              ingress: []
              egress:
              - to:
                - ipBlock:
                    cidr: 10.0.0.0/16
                ports:
                - protocol: UDP
                  port: 53
                - protocol: TCP
                  port: 53

            """)
    }

    @Test func rendersScalarsAndMultilineStrings() {
        let document: Document = .map([
            "int": .int(-7),
            "yes": .bool(true),
            "no": .bool(false),
            "nothing": .null,
            "script": .string("#!/bin/sh\necho hi\n"),
            "indented": .string("  two spaces\nthen none"),
            "nested": .list([.list([.int(1), .int(2)]), .list([])]),
        ])
        #expect(YAMLEmitter.render([document]) == """
            ---
            int: -7
            "yes": true
            "no": false
            nothing: null
            script: |
              #!/bin/sh
              echo hi
            indented: |2-
                two spaces
              then none
            nested:
            - - 1
              - 2
            - []

            """)
    }

    @Test func startsEveryDocumentOfAStreamWithAMarker() {
        let stream: [Document] = [.map(["a": .int(1)]), .string("text"), .map([]), .list([])]
        #expect(YAMLEmitter.render(stream) == "---\na: 1\n--- text\n--- {}\n--- []\n")
        #expect(YAMLEmitter.render([]) == "")
        #expect(YAMLEmitter.render([.string("text")]) == "--- text\n")
        #expect(YAMLEmitter.render([.string("a\nb\n"), .int(1)]) == "--- |\n  a\n  b\n--- 1\n")
        #expect(YAMLEmitter.render([.yamlText(.map(["k": .string("v")]))]) == "--- |\n  k: v\n")
    }

    /// YAML for the strict-profile checks: aws-auth, a long key and every quoting case.
    static var strictProfileSamples: [String] {
        let longKey: Document = .map([Document.Entry(String(repeating: "k", count: 150), .string("value"))])
        let documents = [Self.awsAuth, longKey] + (YAMLScalarQuotingTests.quoted + YAMLScalarQuotingTests.plain).map {
            Document.map([Document.Entry($0, .string($0)), Document.Entry("list", .strings([$0]))])
        }
        return documents.map { YAMLEmitter.render([$0]) }
    }

    /// What the strict yamllint profile checks most, asserted directly (runs everywhere).
    @Test func meetsTheStrictProfilesShape() {
        for text in Self.strictProfileSamples {
            #expect(text.hasPrefix("---\n"))
            #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
            #expect(!text.contains(" \n") && !text.contains("\n...") && !text.contains("\t"))
        }
    }

    /// The emitted YAML passes the project's strict yamllint profile.
    @Test(.enabled(if: ValidatorTools.hasYamllint, ValidatorTools.yamllintMissing))
    func passesStrictYamllint() throws {
        let texts = Self.strictProfileSamples
        let files = Dictionary(uniqueKeysWithValues: texts.enumerated().map { ("doc\($0.offset).yaml", $0.element) })
        let result = try Yamllint.lint(files)
        #expect(result.report == "")
        #expect(result.status == 0)
    }
}
