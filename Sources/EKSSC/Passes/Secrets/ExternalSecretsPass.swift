/// Emits every SecretStore / ClusterSecretStore and, for every secret of every app, an
/// ExternalSecret in the app's namespace. The stores' ServiceAccounts and roles come from
/// `ServiceAccountPass` and `IAMRolePass`.
struct ExternalSecretsPass: LoweringPass {
    init() {}

    func run(_ model: SecurityModel) -> PassOutput {
        var manifests: [any KubernetesManifest] = []
        for store in model.secretStores {
            manifests.append(SecretStoreManifest(
                metadata: .managed(name: store.id.name, namespace: store.id.namespace),
                isClusterWide: store.id.isClusterWide, provider: store.provider, region: store.region,
                serviceAccount: store.serviceAccount, allowedNamespaces: store.allowedNamespaces,
                namespaceSelector: store.namespaceSelector))
        }
        let providers = Dictionary(uniqueKeysWithValues: model.secretStores.map { ($0.id, $0.provider) })
        for app in model.apps {
            for secret in app.secrets {
                let provider = providers[secret.store] ?? .secretsManager
                manifests.append(ExternalSecretManifest(
                    metadata: .managed(name: secret.name, namespace: app.namespace),
                    refreshInterval: secret.refreshInterval, store: secret.store, targetName: secret.name,
                    data: secret.data.sorted { $0.secretKey < $1.secretKey }, extracts: Array(Set(secret.extracts)).sorted(),
                    finds: Array(Set(secret.prefixes)).sorted().map { ExternalSecretFind(prefix: $0, provider: provider) }))
            }
        }
        return PassOutput(manifests: manifests.sorted { $0.objectKey < $1.objectKey })
    }
}
