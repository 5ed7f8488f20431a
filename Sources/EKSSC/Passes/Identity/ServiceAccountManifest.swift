/// A `v1` ServiceAccount: only metadata (labels and the IRSA role annotation).
struct ServiceAccountManifest: KubernetesManifest, Hashable {
    var metadata: ObjectMeta

    init(metadata: ObjectMeta) {
        self.metadata = metadata
    }

    var apiVersion: String { "v1" }
    var kind: String { "ServiceAccount" }
    var body: [Document.Entry] { [] }
}
