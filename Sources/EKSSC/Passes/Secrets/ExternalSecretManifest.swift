/// An External Secrets Operator `ExternalSecret` (`external-secrets.io/v1`): which remote keys
/// become which keys of a Kubernetes Secret of the same name, owned by the ExternalSecret.
struct ExternalSecretManifest: SinkWrittenManifest, Hashable {
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
    func writeSpec<Sink: DocumentSink>(to sink: inout Sink) throws(Sink.Failure) {
        try sink.key("spec")
        try sink.mappingStart(empty: false)
        try sink.key("refreshInterval")
        try sink.string(refreshInterval)
        try sink.key("secretStoreRef")
        try sink.mappingStart(empty: false)
        try sink.key("name")
        try sink.string(store.name)
        try sink.key("kind")
        try sink.string(store.kind)
        try sink.mappingEnd()
        try sink.key("target")
        try sink.mappingStart(empty: false)
        try sink.key("name")
        try sink.string(targetName)
        try sink.key("creationPolicy")
        try sink.string("Owner")
        try sink.mappingEnd()
        if !data.isEmpty {
            try sink.key("data")
            try sink.sequenceStart(empty: false)
            for entry in data {
                try sink.mappingStart(empty: false)
                try sink.key("secretKey")
                try sink.string(entry.secretKey)
                try sink.key("remoteRef")
                try sink.mappingStart(empty: false)
                try sink.key("key")
                try sink.string(entry.remoteKey)
                if let property = entry.property {
                    try sink.key("property")
                    try sink.string(property)
                }
                if let version = entry.version {
                    try sink.key("version")
                    try sink.string(version)
                }
                try sink.mappingEnd()
                try sink.mappingEnd()
            }
            try sink.sequenceEnd()
        }
        if !extracts.isEmpty || !finds.isEmpty {
            try sink.key("dataFrom")
            try sink.sequenceStart(empty: false)
            for key in extracts {
                try sink.mappingStart(empty: false)
                try sink.key("extract")
                try sink.mappingStart(empty: false)
                try sink.key("key")
                try sink.string(key)
                try sink.mappingEnd()
                try sink.mappingEnd()
            }
            for find in finds {
                try find.write(to: &sink)
            }
            try sink.sequenceEnd()
        }
        try sink.mappingEnd()
    }
}
