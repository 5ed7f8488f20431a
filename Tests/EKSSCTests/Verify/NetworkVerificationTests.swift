import Testing
import Foundation
@testable import EKSSC

/// `Verifier.verify` passes on every example, and one mutation of one emitted NetworkPolicy
/// (a port, a selector label, a dropped rule, a dropped default deny) makes it fail with the
/// counterexample that shows it.
@Suite struct NetworkVerificationTests {
    static func build(_ example: String) throws -> (model: SecurityModel, files: [OutputFile]) {
        let result = Compiler.build(try Examples.source(example))
        let model = try #require(result.model)
        let artifacts = try #require(result.artifacts)
        return (model, try OutputLayout.files(for: artifacts))
    }

    /// The files with `path`'s text changed by `edit` (which must change something).
    static func mutate(_ files: [OutputFile], _ path: String, _ edit: (String) -> String) throws -> [OutputFile] {
        let index = try #require(files.firstIndex { $0.path == path })
        var files = files
        let changed = edit(files[index].contents)
        try #require(changed != files[index].contents, "the mutation of \(path) changed nothing")
        files[index].contents = changed
        return files
    }

    static func counterexamples(_ example: String, mutating path: String, _ edit: (String) -> String) throws -> [String] {
        let (model, files) = try build(example)
        let report = try Verifier.verify(model: model, files: try mutate(files, path, edit))
        return report.findings.map(\.counterexample)
    }

    @Test(arguments: Examples.all)
    func everyExampleVerifies(_ example: String) throws {
        let (model, files) = try Self.build(example)
        let report = try Verifier.verify(model: model, files: files)
        #expect(report.findings.map(\.counterexample) == [])
        #expect(report.probes > 0)
    }

    @Test func changedPortIsFound() throws {
        let found = try Self.counterexamples("platform", mutating: "kubernetes/data/networkpolicy-cache-policy.yaml") {
            $0.replacingOccurrences(of: "port: 6379", with: "port: 6380")
        }
        #expect(found.contains("storefront/catalog -> data/cache TCP 6379 is declared but not allowed"))
        #expect(found.contains("storefront/checkout -> data/cache TCP 6379 is declared but not allowed"))
    }

    /// Widening only the destination's ingress changes nothing: the source's egress still
    /// stops at 9300, and a connection needs both.
    @Test func widenedIngressAloneIsHarmless() throws {
        let found = try Self.counterexamples("platform", mutating: "kubernetes/search/networkpolicy-query-policy.yaml") {
            $0.replacingOccurrences(of: "endPort: 9300", with: "endPort: 9301")
        }
        #expect(found == [])
    }

    @Test func widenedPortRangeOnBothSidesIsFound() throws {
        let (model, files) = try Self.build("platform")
        var mutated = try Self.mutate(files, "kubernetes/search/networkpolicy-query-policy.yaml") {
            $0.replacingOccurrences(of: "endPort: 9300", with: "endPort: 9301")
        }
        mutated = try Self.mutate(mutated, "kubernetes/search/networkpolicy-indexer-policy.yaml") {
            $0.replacingOccurrences(of: "endPort: 9300", with: "endPort: 9301")
        }
        let found = try Verifier.verify(model: model, files: mutated).findings.map(\.counterexample)
        #expect(found == ["search/indexer -> search/query TCP 9301 is allowed but not declared"])
    }

    @Test func changedSelectorLabelIsFound() throws {
        // The cache policy's ingress from checkout now names catalog's label: checkout loses it.
        let found = try Self.counterexamples("platform", mutating: "kubernetes/data/networkpolicy-cache-policy.yaml") {
            $0.replacingOccurrences(of: "app: checkout", with: "app: catalog")
        }
        #expect(found == ["storefront/checkout -> data/cache TCP 6379 is declared but not allowed"])
    }

    @Test func droppedRuleIsFound() throws {
        // The ledger's egress to postgres goes (its first egress rule).
        let rule = """
              egress:
              - to:
                - namespaceSelector:
                    matchLabels:
                      kubernetes.io/metadata.name: data
                  podSelector:
                    matchLabels:
                      app.kubernetes.io/name: postgres
                      role: primary
                ports:
                - protocol: TCP
                  port: 5432

            """
        let found = try Self.counterexamples("platform", mutating: "kubernetes/payments/networkpolicy-ledger-policy.yaml") {
            $0.replacingOccurrences(of: rule, with: "  egress:\n")
        }
        #expect(found == ["payments/ledger -> data/postgres TCP 5432 is declared but not allowed"])
    }

    @Test func droppedDefaultDenyIsFound() throws {
        let (model, files) = try Self.build("platform")
        let report = try Verifier.verify(model: model, files: files.filter { $0.path != "kubernetes/data/networkpolicy-default-deny.yaml" })
        #expect(report.findings.contains {
            $0.counterexample == "data/(unlabelled pod) -> ekssc-verify-outside/(unlabelled pod) every port is allowed but not declared"
        })
        #expect(report.findings.allSatisfy { $0.kind == .network && $0.allowed && !$0.declared })
    }

    @Test func jsonReportHasTheIssueShape() throws {
        let (model, files) = try Self.build("platform")
        let report = try Verifier.verify(model: model, files: try Self.mutate(files, "kubernetes/data/networkpolicy-cache-policy.yaml") {
            $0.replacingOccurrences(of: "app: checkout", with: "app: catalog")
        })
        let source = try Examples.source("platform")
        let finding = try #require(report.document(in: source)["findings"]?.listValue?.first)
        #expect(finding["kind"] == .string("network"))
        #expect(finding["from"] == .string("storefront/checkout"))
        #expect(finding["to"] == .string("data/cache"))
        #expect(finding["what"] == .string("TCP 6379"))
        #expect(finding["declared"] == .bool(true))
        #expect(finding["allowed"] == .bool(false))
        // The flow `checkout -> data/cache` in the example.
        let line = try #require(String(decoding: source.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("flow checkout -> data/cache") }) + 1
        #expect(finding["source"] == .string("\(source.path):\(line):1"))
    }
}

/// Mutations of emitted IAM documents that `Verifier.verify` must find.
@Suite struct IdentityVerificationTests {
    @Test func widenedTrustPolicyIsFound() throws {
        let (model, files) = try NetworkVerificationTests.build("platform")
        let mutated = try NetworkVerificationTests.mutate(files, "iam/prod-eu-search-query/trust-policy.json") {
            $0.replacingOccurrences(of: "system:serviceaccount:search:query", with: "system:serviceaccount:search:*")
                .replacingOccurrences(of: "StringEquals", with: "StringLike")
        }
        let found = try Verifier.verify(model: model, files: mutated).findings.filter { $0.kind == .identity }
        #expect(found.contains {
            $0.counterexample == "system:serviceaccount:search:indexer -> role/prod-eu-search-query sts:AssumeRoleWithWebIdentity is allowed but not declared"
        })
    }

    @Test func storePolicyMissingASecretIsFound() throws {
        let (model, files) = try NetworkVerificationTests.build("platform")
        let mutated = try NetworkVerificationTests.mutate(files, "iam/prod-eu-payments-eso/policy.json") {
            $0.replacingOccurrences(of: "parameter/payments/psp/api-secret", with: "parameter/payments/psp/other")
        }
        let found = try Verifier.verify(model: model, files: mutated).findings.map(\.counterexample)
        #expect(found == [
            "role/prod-eu-payments-eso -> arn:aws:ssm:eu-west-1:210987654321:parameter/payments/psp/api-secret ssm:GetParameter is declared but not allowed",
        ])
    }

    @Test func appRoleReadingAnotherAppsSecretIsFound() throws {
        let (model, files) = try NetworkVerificationTests.build("platform")
        let mutated = try NetworkVerificationTests.mutate(files, "iam/prod-eu-search-query/policy.json") {
            $0.replacingOccurrences(of: "\"es:ESHttpGet\",", with: "\"es:ESHttpGet\",\n        \"secretsmanager:GetSecretValue\",")
                .replacingOccurrences(of: "\"Resource\": \"arn:aws:es:eu-west-1:210987654321:domain/products/*\"",
                                      with: "\"Resource\": \"*\"")
        }
        let found = try Verifier.verify(model: model, files: mutated).findings
        #expect(found.contains {
            $0.counterexample == "role/prod-eu-search-query -> arn:aws:secretsmanager:eu-west-1:210987654321:secret:payments/ledger/db-AbC123 secretsmanager:GetSecretValue is allowed but not declared"
        })
    }
}

/// An IPv6 cluster with public AWS endpoints and a Pod Identity app: both agent addresses and
/// both public ranges are opened, metadata in neither family, and verify agrees.
@Suite struct IPv6EgressTests {
    static let source = SourceFile(path: "ipv6.sec", text: """
        cluster demo {
          account "123456789012"
          region  "us-west-2"
          oidc    "https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLE"
          aws-endpoints public
          ip-family ipv6
        }
        namespace shop
        tier worker in shop { ingress none }
        app worker in shop {
          tier worker
          identity pod-identity
          iam-role { allow "sqs:SendMessage" on "arn:aws:sqs:us-west-2:123456789012:jobs" }
        }
        """)

    @Test func agentAndPublicRangesInBothFamilies() throws {
        let result = Compiler.build(Self.source)
        let files = try OutputLayout.files(for: try #require(result.artifacts))
        let policy = try #require(files.first { $0.path == "kubernetes/shop/networkpolicy-worker-policy.yaml" }).contents
        #expect(policy.contains("cidr: fd00:ec2::23/128"))
        #expect(policy.contains("cidr: 169.254.170.23/32"))
        #expect(policy.contains("cidr: ::/0"))
        #expect(policy.contains("- fc00::/7"))
        #expect(policy.contains("- 169.254.0.0/16"))
        let report = try Verifier.verify(model: try #require(result.model), files: files)
        #expect(report.findings.map(\.counterexample) == [])
        let evaluator = try NetworkPolicyEvaluator(
            documents: try YAMLReader.read(Array(policy.utf8)).map { (path: "p", document: $0) }, namespaceLabels: [:])
        let worker = NetworkEndpoint.pod(.init(namespace: "shop", displayName: "shop/worker", labels: ["app": "worker"]))
        #expect(!evaluator.allows(from: worker, to: .address("fd00:ec2::254"), protocol: "TCP", port: 443))
        #expect(!evaluator.allows(from: worker, to: .address("169.254.169.254"), protocol: "TCP", port: 80))
        #expect(evaluator.allows(from: worker, to: .address("fd00:ec2::23"), protocol: "TCP", port: 80))
        #expect(evaluator.allows(from: worker, to: .address("2600:1f18::1"), protocol: "TCP", port: 443))
    }
}
