@testable import EKSSC

/// A Kubernetes object built by hand in tests, standing in for a pass's output.
struct StubManifest: KubernetesManifest {
    var apiVersion: String
    var kind: String
    var metadata: ObjectMeta
    var body: [Document.Entry]

    init(_ apiVersion: String, _ kind: String, _ name: String, namespace: String? = nil,
         labels: [Label] = [], annotations: [Label] = [], body: KeyValuePairs<String, Document?> = [:]) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.metadata = .managed(name: name, namespace: namespace, labels: labels, annotations: annotations)
        self.body = Document.map(body).entries ?? []
    }
}
