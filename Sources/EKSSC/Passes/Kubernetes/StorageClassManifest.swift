/// A `storage.k8s.io/v1` StorageClass. Keys in the order apiVersion, kind, metadata,
/// provisioner, parameters, reclaimPolicy, allowVolumeExpansion, volumeBindingMode.
public struct StorageClassManifest: KubernetesManifest, Hashable {
    public var metadata: ObjectMeta
    public var provisioner: String
    /// Every value a string, as the API requires; in the order to emit.
    public var parameters: [Label]
    public var reclaimPolicy: ReclaimPolicy
    /// Nil leaves the key out.
    public var allowVolumeExpansion: Bool?
    /// Nil leaves the key out (the API default, `Immediate`).
    public var volumeBindingMode: String?

    public init(metadata: ObjectMeta, provisioner: String, parameters: [Label], reclaimPolicy: ReclaimPolicy,
                allowVolumeExpansion: Bool?, volumeBindingMode: String?) {
        self.metadata = metadata
        self.provisioner = provisioner
        self.parameters = parameters
        self.reclaimPolicy = reclaimPolicy
        self.allowVolumeExpansion = allowVolumeExpansion
        self.volumeBindingMode = volumeBindingMode
    }

    public var apiVersion: String { "storage.k8s.io/v1" }
    public var kind: String { "StorageClass" }

    public var body: [Document.Entry] {
        Document.map([
            "provisioner": .string(provisioner),
            "parameters": .labels(parameters),
            "reclaimPolicy": .string(reclaimPolicy.rawValue),
            "allowVolumeExpansion": allowVolumeExpansion.map(Document.bool),
            "volumeBindingMode": volumeBindingMode.map(Document.string),
        ]).entries ?? []
    }
}
