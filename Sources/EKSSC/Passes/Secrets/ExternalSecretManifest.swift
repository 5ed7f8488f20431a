/// An External Secrets Operator `ExternalSecret` (`external-secrets.io/v1`): which remote keys
/// become which keys of a Kubernetes Secret of the same name, owned by the ExternalSecret.
struct ExternalSecretManifest: KubernetesManifest, Hashable {
    var metadata: ObjectMeta
    /// A Go duration, e.g. `1h`.
    var refreshInterval: String
    var store: SecretStoreID
    /// The Kubernetes Secret created.
    var targetName: String
    /// `spec.data`, sorted by secret key.
    var data: [SecretDataEntry]
    /// `spec.dataFrom[].extract.key`, sorted.
    var extracts: [String]
    /// `spec.dataFrom[].find`, after the extracts, sorted by path.
    var finds: [ExternalSecretFind]

    init(metadata: ObjectMeta, refreshInterval: String, store: SecretStoreID, targetName: String,
                data: [SecretDataEntry], extracts: [String], finds: [ExternalSecretFind] = []) {
        self.metadata = metadata
        self.refreshInterval = refreshInterval
        self.store = store
        self.targetName = targetName
        self.data = data
        self.extracts = extracts
        self.finds = finds
    }

    var apiVersion: String { "external-secrets.io/v1" }
    var kind: String { "ExternalSecret" }

    /// `spec`: refreshInterval, secretStoreRef, target, then data and dataFrom when not empty.
    var body: [Document.Entry] {
        let data = data.map { entry in
            Document.map([
                "secretKey": .string(entry.secretKey),
                "remoteRef": .map([
                    "key": .string(entry.remoteKey),
                    "property": entry.property.map(Document.string),
                    "version": entry.version.map(Document.string),
                ]),
            ])
        }
        let dataFrom = extracts.map { Document.map(["extract": .map(["key": .string($0)])]) } + finds.map(\.document)
        return [Document.Entry("spec", .map([
            "refreshInterval": .string(refreshInterval),
            "secretStoreRef": .map(["name": .string(store.name), "kind": .string(store.kind)]),
            "target": .map(["name": .string(targetName), "creationPolicy": .string("Owner")]),
            "data": data.isEmpty ? nil : .list(data),
            "dataFrom": dataFrom.isEmpty ? nil : .list(dataFrom),
        ]))]
    }
}
