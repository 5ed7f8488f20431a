/// A `v1` ConfigMap. `data` values are strings; aws-auth's are `.yamlText` documents that the
/// emitter renders as YAML text.
public struct ConfigMapManifest: KubernetesManifest, Hashable {
    public var metadata: ObjectMeta
    /// In the order to emit.
    public var data: [Document.Entry]

    public init(metadata: ObjectMeta, data: [Document.Entry]) {
        self.metadata = metadata
        self.data = data
    }

    public var apiVersion: String { "v1" }
    public var kind: String { "ConfigMap" }
    public var body: [Document.Entry] { [.init("data", .map(data))] }
}
