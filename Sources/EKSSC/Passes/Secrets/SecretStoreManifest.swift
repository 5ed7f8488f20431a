/// An External Secrets Operator `SecretStore` or `ClusterSecretStore` (`external-secrets.io/v1`)
/// reading from AWS Secrets Manager or Parameter Store, authenticated as a ServiceAccount (jwt).
struct SecretStoreManifest: KubernetesManifest, Hashable {
    var metadata: ObjectMeta
    /// True for a ClusterSecretStore.
    var isClusterWide: Bool
    var provider: SecretProvider
    var region: String
    /// The ServiceAccount whose token the operator exchanges for the store's role.
    var serviceAccount: ServiceAccountRef
    /// ClusterSecretStore `spec.conditions[].namespaces`, sorted; empty: no such condition.
    var allowedNamespaces: [String]
    /// ClusterSecretStore `spec.conditions[].namespaceSelector.matchLabels`, sorted by key.
    var namespaceSelector: [Label]

    init(metadata: ObjectMeta, isClusterWide: Bool, provider: SecretProvider, region: String,
                serviceAccount: ServiceAccountRef, allowedNamespaces: [String] = [], namespaceSelector: [Label] = []) {
        self.allowedNamespaces = allowedNamespaces
        self.namespaceSelector = namespaceSelector
        self.metadata = metadata
        self.isClusterWide = isClusterWide
        self.provider = provider
        self.region = region
        self.serviceAccount = serviceAccount
    }

    var apiVersion: String { "external-secrets.io/v1" }
    var kind: String { isClusterWide ? "ClusterSecretStore" : "SecretStore" }

    /// `spec.provider.aws`; the service account's namespace is written only for a
    /// ClusterSecretStore (a SecretStore's reference is always in its own namespace).
    var body: [Document.Entry] {
        let serviceAccountRef = Document.map([
            "name": .string(serviceAccount.name),
            "namespace": isClusterWide ? .string(serviceAccount.namespace) : nil,
        ])
        let aws = Document.map([
            "service": .string(provider.esoServiceName),
            "region": .string(region),
            "auth": .map(["jwt": .map(["serviceAccountRef": serviceAccountRef])]),
        ])
        // One condition per setting: ESO admits a namespace that matches any condition.
        var conditions: [Document] = []
        if !allowedNamespaces.isEmpty {
            conditions.append(.map(["namespaces": .strings(allowedNamespaces)]))
        }
        if !namespaceSelector.isEmpty {
            let matchLabels = Document.map(namespaceSelector.map { Document.Entry($0.key, .string($0.value)) })
            conditions.append(.map(["namespaceSelector": .map(["matchLabels": matchLabels])]))
        }
        return [Document.Entry("spec", .map([
            "provider": .map(["aws": aws]),
            "conditions": conditions.isEmpty ? nil : .list(conditions),
        ]))]
    }
}
