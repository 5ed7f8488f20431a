/// A `v1` Namespace: only metadata (its labels carry the Pod Security Admission levels).
public struct NamespaceManifest: KubernetesManifest, Hashable {
    public var metadata: ObjectMeta

    public init(metadata: ObjectMeta) {
        self.metadata = metadata
    }

    public var apiVersion: String { "v1" }
    public var kind: String { "Namespace" }
    public var body: [Document.Entry] { [] }
}
