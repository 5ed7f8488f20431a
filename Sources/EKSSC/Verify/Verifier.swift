/// `ekssc verify`: evaluates the emitted artifacts (read back from the files a build writes)
/// and compares what they allow with what the file declares.
public enum Verifier {
    /// Verifies `files` (as `OutputLayout.files` produces them) against `model`.
    public static func verify(model: SecurityModel, files: [OutputFile]) throws(VerifyError) -> VerifyReport {
        var documents: [(path: String, document: Document)] = []
        for file in files where file.path.hasPrefix("kubernetes/") && file.path.hasSuffix(".yaml")
            && !file.path.hasSuffix("kustomization.yaml") {
            do {
                for document in try YAMLReader.read(Array(file.contents.utf8)) { documents.append((file.path, document)) }
            } catch {
                throw .unreadable(path: file.path, reason: "\(error)")
            }
        }
        var namespaceLabels: [String: [String: String]] = [:]
        for (_, document) in documents where document["kind"]?.stringValue == "Namespace" {
            guard let name = document["metadata"]?["name"]?.stringValue else { continue }
            var labels: [String: String] = [:]
            for entry in document["metadata"]?["labels"]?.entries ?? [] { labels[entry.key] = entry.value.stringValue }
            namespaceLabels[name] = labels
        }
        let evaluator = try NetworkPolicyEvaluator(documents: documents, namespaceLabels: namespaceLabels)
        let network = NetworkVerification(model: model, evaluator: evaluator).run()
        return VerifyReport(findings: network.findings, allowedConnections: network.allowed, probes: network.probes)
    }
}
