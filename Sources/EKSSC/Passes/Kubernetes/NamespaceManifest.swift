/// A `v1` Namespace: only metadata (its labels carry the Pod Security Admission levels).
struct NamespaceManifest: KubernetesManifest, Hashable {
    var metadata: ObjectMeta

    init(metadata: ObjectMeta) {
        self.metadata = metadata
    }

    var apiVersion: String { "v1" }
    var kind: String { "Namespace" }
    var body: [Document.Entry] { [] }
}
