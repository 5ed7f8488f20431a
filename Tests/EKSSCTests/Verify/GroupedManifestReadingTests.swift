import Testing
@testable import EKSSC

/// The proof reads a grouped manifest (`kubernetes/namespaces/<ns>.yaml`) with
/// `YAMLReader.read(_:keepingKinds:)`: documents of kinds it does not evaluate are not built, but
/// what is wrong in them still stops the proof, and the evaluated kinds are read in full.
@Suite struct GroupedManifestReadingTests {
    static let path = "kubernetes/namespaces/shop.yaml"

    static let policy = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: web, namespace: shop}
        spec:
          podSelector: {matchLabels: {tier: web}}
          policyTypes: [Ingress]
          ingress:
          - from: [{podSelector: {matchLabels: {tier: api}}}]
            ports: [{protocol: TCP, port: 8080}]

        """

    private func evaluators(_ text: String) throws(VerifyError) -> (network: NetworkPolicyEvaluator, rbac: RBACEvaluator) {
        try Verifier.kubernetesEvaluators([OutputFile(path: Self.path, contents: text)])
    }

    @Test func readsTheEvaluatedKindsBesideOthers() throws {
        let text = "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: web, namespace: shop}\n---\n" + Self.policy
            + "---\napiVersion: external-secrets.io/v1\nkind: ExternalSecret\nmetadata: {name: s, namespace: shop}\n"
        let network = try evaluators(text).network
        #expect(network.policies["shop"]?.map(\.name) == ["web"])
        let rule = try #require(network.policies["shop"]?.first?.ingress.first)
        #expect(rule.peers.count == 1)
        #expect(rule.ports.map(\.protocol) == ["TCP"])
    }

    @Test func aBrokenDocumentOfAnotherKindStopsTheProof() {
        let text = "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: web, namespace: shop, name: other}\n---\n" + Self.policy
        #expect(throws: VerifyError.unreadable(path: Self.path, reason: "3:40: duplicate key 'name'")) { try evaluators(text) }
    }

    @Test func aNetworkPolicyWithUnexpectedFieldsIsStillRefused() {
        let wrongIngress = Self.policy.replacing("ingress:\n  - from", with: "ingress:\n    from")
        #expect(throws: VerifyError.shape(Self.path + ": spec.ingress", "a list of rules")) { try evaluators(wrongIngress) }
        let listPort = Self.policy.replacing("port: 8080", with: "port: [8080]")
        #expect(throws: VerifyError.shape(Self.path + ": spec.ingress[0].ports.port", "a number or a port name")) {
            try evaluators(listPort)
        }
        let noKindValue = Self.policy.replacing("kind: NetworkPolicy", with: "kind: NetworkPolicy\nkind: Role")
        #expect(throws: VerifyError.unreadable(path: Self.path, reason: "3:1: duplicate key 'kind'")) { try evaluators(noKindValue) }
    }

    @Test func documentsOfOtherKindsGrantNothing() throws {
        // A kind the proof does not evaluate (a lower-case spelling is another kind to the API
        // server as well) is read and dropped, as the full reading filtered it.
        let text = Self.policy.replacing("kind: NetworkPolicy", with: "kind: networkpolicy")
        #expect(try evaluators(text).network.policies.isEmpty)
    }
}
