/// A `v1` ServiceAccount: only metadata (labels and the IRSA role annotation).
public struct ServiceAccountManifest: KubernetesManifest, Hashable {
    public var metadata: ObjectMeta

    public init(metadata: ObjectMeta) {
        self.metadata = metadata
    }

    public var apiVersion: String { "v1" }
    public var kind: String { "ServiceAccount" }
    public var body: [Document.Entry] { [] }
}
