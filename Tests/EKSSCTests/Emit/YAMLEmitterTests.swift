import Foundation
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
    }

    /// The emitted YAML passes the project's strict yamllint profile (when the validators' venv
    /// is installed; otherwise the properties the profile checks most are asserted directly).
    @Test func passesStrictYamllint() throws {
        let documents = [Self.awsAuth] + (YAMLScalarQuotingTests.quoted + YAMLScalarQuotingTests.plain).map {
            Document.map([Document.Entry($0, .string($0)), Document.Entry("list", .strings([$0]))])
        }
        let texts = documents.map { YAMLEmitter.render([$0]) }
        for text in texts {
            #expect(text.hasPrefix("---\n"))
            #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
            #expect(!text.contains(" \n") && !text.contains("\n...") && !text.contains("\t"))
        }
        let yamllint = "/tmp/ekssc-validators/venv/bin/yamllint"
        let config = "/work/shared/validators/bin/yamllint-strict.yaml"
        guard FileManager.default.isExecutableFile(atPath: yamllint),
              FileManager.default.fileExists(atPath: config) else { return }
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("ekssc-yamllint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (index, text) in texts.enumerated() {
            try text.write(to: folder.appendingPathComponent("doc\(index).yaml"), atomically: false, encoding: .utf8)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: yamllint)
        process.arguments = ["-s", "-f", "parsable", "-c", config, folder.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(report == "")
        #expect(process.terminationStatus == 0)
    }
}
