/// The least-privilege permission policy of a secret store's role: exactly the reads that the
/// secrets using the store need, and `kms:Decrypt` on the store's keys through that service only.
///
/// Secrets Manager: `GetSecretValue` and `DescribeSecret` on each secret (`<name>-??????` matches
/// the random suffix AWS appends). Parameter Store: `GetParameter` and `GetParameters` on each
/// parameter; `GetParametersByPath` is never granted, since the language names every key.
/// A remote key that is already an ARN is used as written.
public enum SecretStoreAccessPolicy {
    /// Every remote key that some app's secret reads through `store`, sorted and unique.
    public static func remoteKeys(of store: SecretStore, in model: SecurityModel) -> [String] {
        var keys = Set<String>()
        for app in model.apps {
            for secret in app.secrets where secret.store == store.id {
                keys.formUnion(secret.remoteKeys)
            }
        }
        return keys.sorted()
    }

    /// `remoteKeys(of:in:)` for every store at once, in one walk over the apps (a pass that
    /// needs every store's keys would otherwise walk all apps once per store).
    static func remoteKeysByStore(in model: SecurityModel) -> [SecretStoreID: [String]] {
        var keys: [SecretStoreID: Set<String>] = [:]
        for app in model.apps {
            for secret in app.secrets {
                keys[secret.store, default: []].formUnion(secret.remoteKeys)
            }
        }
        return keys.mapValues { $0.sorted() }
    }

    /// The policy document, or nil when no secret uses the store (its role then has no
    /// permissions; the analyzer warns about the unused store).
    public static func policy(for store: SecretStore, in model: SecurityModel) -> Document? {
        PermissionStatement.policy(statements(for: store, in: model))
    }

    /// The statements of the store's policy: reads of its keys, then `kms:Decrypt` on its keys.
    public static func statements(for store: SecretStore, in model: SecurityModel) -> [PermissionStatement] {
        statements(for: store, keys: remoteKeys(of: store, in: model), cluster: model.cluster)
    }

    /// The statements for a store whose remote keys (sorted, unique) are already known.
    static func statements(for store: SecretStore, keys: [String], cluster: Cluster) -> [PermissionStatement] {
        guard !keys.isEmpty else { return [] }
        let partition = cluster.partition.rawValue
        var statements: [PermissionStatement] = []
        switch store.provider {
        case .secretsManager:
            let resources = keys.map { key in
                key.hasPrefix("arn:")
                    ? key
                    : "arn:\(partition):secretsmanager:\(store.region):\(cluster.account):secret:\(key)-??????"
            }
            statements.append(PermissionStatement(
                sidBase: "ReadSecrets", effect: .allow,
                actions: ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
                resources: Array(Set(resources)).sorted()))
        case .parameterStore:
            let resources = keys.map { key in
                key.hasPrefix("arn:")
                    ? key
                    : "arn:\(partition):ssm:\(store.region):\(cluster.account):parameter/\(parameterPath(key))"
            }
            statements.append(PermissionStatement(
                sidBase: "ReadParameters", effect: .allow, actions: ["ssm:GetParameter", "ssm:GetParameters"],
                resources: Array(Set(resources)).sorted()))
        }
        if !store.kmsKeys.isEmpty {
            let service = store.provider == .secretsManager ? "secretsmanager" : "ssm"
            let viaService = "\(service).\(store.region).\(Partition.of(region: store.region).dnsSuffix)"
            statements.append(PermissionStatement(
                sidBase: "DecryptSecrets", effect: .allow, actions: ["kms:Decrypt"],
                resources: store.kmsKeys.map(\.description).sorted(),
                conditions: [PolicyCondition(operator: "StringEquals", key: "kms:ViaService", values: [viaService])]))
        }
        return statements
    }

    /// A parameter name as it appears in an ARN: without its leading slashes.
    static func parameterPath(_ key: String) -> String {
        String(key.drop { $0 == "/" })
    }
}
