/// A `storage.k8s.io/v1` StorageClass. Keys in the order apiVersion, kind, metadata,
/// provisioner, parameters, reclaimPolicy, allowVolumeExpansion, volumeBindingMode.
struct StorageClassManifest: KubernetesManifest, Hashable {
    var metadata: ObjectMeta
    var provisioner: String
    /// Every value a string, as the API requires; in the order to emit.
    var parameters: [Label]
    var reclaimPolicy: ReclaimPolicy
    /// Nil leaves the key out.
    var allowVolumeExpansion: Bool?
    /// Nil leaves the key out (the API default, `Immediate`).
    var volumeBindingMode: String?

    init(metadata: ObjectMeta, provisioner: String, parameters: [Label], reclaimPolicy: ReclaimPolicy,
                allowVolumeExpansion: Bool?, volumeBindingMode: String?) {
        self.metadata = metadata
        self.provisioner = provisioner
        self.parameters = parameters
        self.reclaimPolicy = reclaimPolicy
        self.allowVolumeExpansion = allowVolumeExpansion
        self.volumeBindingMode = volumeBindingMode
    }

    var apiVersion: String { "storage.k8s.io/v1" }
    var kind: String { "StorageClass" }

    var body: [Document.Entry] {
        Document.map([
            "provisioner": .string(provisioner),
            "parameters": .labels(parameters),
            "reclaimPolicy": .string(reclaimPolicy.rawValue),
            "allowVolumeExpansion": allowVolumeExpansion.map(Document.bool),
            "volumeBindingMode": volumeBindingMode.map(Document.string),
        ]).entries ?? []
    }
}
