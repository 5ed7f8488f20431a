/// A `v1` ConfigMap. `data` values are strings; aws-auth's are `.yamlText` documents that the
/// emitter renders as YAML text.
struct ConfigMapManifest: KubernetesManifest, Hashable {
    var metadata: ObjectMeta
    /// In the order to emit.
    var data: [Document.Entry]

    init(metadata: ObjectMeta, data: [Document.Entry]) {
        self.metadata = metadata
        self.data = data
    }

    var apiVersion: String { "v1" }
    var kind: String { "ConfigMap" }
    var body: [Document.Entry] { [.init("data", .map(data))] }
}
