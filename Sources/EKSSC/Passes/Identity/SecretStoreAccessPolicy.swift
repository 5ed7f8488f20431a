/// The least-privilege permission policy of a secret store's role: exactly the reads that the
/// secrets using the store need, and `kms:Decrypt` on the store's keys through that service only.
/// It lives in `Passes/Identity`: the role plan needs it, and `Passes/Secrets` depends on
/// Identity (role names and ARNs), never the other way round.
///
/// Secrets Manager: `GetSecretValue` and `DescribeSecret` on each secret (`<name>-??????` matches
/// the random suffix AWS appends). Parameter Store: `GetParameter` and `GetParameters` on each
/// parameter. A remote key that is already an ARN is used as written.
///
/// An `extract prefix "prod/app/"` (which the analyzer warns about) adds exactly what the
/// External Secrets Operator's `find` needs for it: Secrets Manager, `GetSecretValue` on
/// `secret:prod/app/*` and `ListSecrets` with `BatchGetSecretValue` (which name no resource, so
/// `*`; they list names, the values still need `GetSecretValue`); Parameter Store,
/// `GetParametersByPath` on the path `parameter/prod/app` and below it.
enum SecretStoreAccessPolicy {
    /// Every remote key that some app's secret reads through `store`, sorted and unique.
    static func remoteKeys(of store: SecretStore, in model: SecurityModel) -> [String] {
        var keys = Set<String>()
        for app in model.apps {
            for secret in app.secrets where secret.store == store.id {
                keys.formUnion(secret.remoteKeys)
            }
        }
        return keys.sorted()
    }

    /// Every prefix that some app's secret reads through `store`, sorted and unique.
    static func prefixes(of store: SecretStore, in model: SecurityModel) -> [String] {
        Array(Set(model.apps.flatMap { $0.secrets.filter { $0.store == store.id }.flatMap(\.prefixes) })).sorted()
    }

    /// The keys and prefixes of every store at once, in one walk over the apps (a pass that
    /// needs every store's reads would otherwise walk all apps once per store). One lookup of
    /// the store per secret; the reads are gathered in lists and made sorted and unique once.
    static func readsByStore(in model: SecurityModel) -> [SecretStoreID: (keys: [String], prefixes: [String])] {
        var position: [SecretStoreID: Int] = [:]
        var stores: [SecretStoreID] = []
        var reads: [(keys: [String], prefixes: [String])] = []
        for app in model.apps {
            for secret in app.secrets {
                let index: Int
                if let known = position[secret.store] {
                    index = known
                } else {
                    index = stores.count
                    position[secret.store] = index
                    stores.append(secret.store)
                    reads.append(([], []))
                }
                // `secret.remoteKeys` unsorted (made sorted and unique below, with the others).
                for entry in secret.data { reads[index].keys.append(entry.remoteKey) }
                reads[index].keys += secret.extracts
                reads[index].prefixes += secret.prefixes
            }
        }
        var result: [SecretStoreID: (keys: [String], prefixes: [String])] = [:]
        result.reserveCapacity(stores.count)
        for (store, found) in zip(stores, reads) {
            result[store] = (sortedUnique(found.keys), sortedUnique(found.prefixes))
        }
        return result
    }

    /// `Array(Set(texts)).sorted()`: sorted, each text once (the sort is stable, so of texts that
    /// compare equal the first one stays, as a set keeps the first it was given).
    static func sortedUnique(_ texts: [String]) -> [String] {
        var unique: [String] = []
        unique.reserveCapacity(texts.count)
        for text in texts.sorted() where unique.last != text {
            unique.append(text)
        }
        return unique
    }

    /// The policy document, or nil when no secret uses the store (its role then has no
    /// permissions; the analyzer warns about the unused store).
    static func policy(for store: SecretStore, in model: SecurityModel) -> Document? {
        PermissionStatement.policy(statements(for: store, in: model))
    }

    /// The statements of the store's policy: reads of its keys, then `kms:Decrypt` on its keys.
    static func statements(for store: SecretStore, in model: SecurityModel) -> [PermissionStatement] {
        statements(for: store, keys: remoteKeys(of: store, in: model), prefixes: prefixes(of: store, in: model),
                   cluster: model.cluster)
    }

    /// The statements for a store whose remote keys and prefixes (sorted, unique) are known.
    static func statements(for store: SecretStore, keys: [String], prefixes: [String] = [],
                           cluster: Cluster) -> [PermissionStatement] {
        guard !keys.isEmpty || !prefixes.isEmpty else { return [] }
        let partition = cluster.partition.rawValue
        var statements: [PermissionStatement] = []
        switch store.provider {
        case .secretsManager:
            let base = "arn:\(partition):secretsmanager:\(store.region):\(cluster.account):secret:"
            let resources = keys.map { key in key.hasPrefix("arn:") ? key : base + key + "-??????" }
                + prefixes.map { base + $0 + "*" }
            statements.append(PermissionStatement(
                sidBase: "ReadSecrets", effect: .allow,
                actions: ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
                resources: Array(Set(resources)).sorted()))
            if !prefixes.isEmpty {
                statements.append(PermissionStatement(
                    sidBase: "ListSecrets", effect: .allow,
                    actions: ["secretsmanager:BatchGetSecretValue", "secretsmanager:ListSecrets"], resources: ["*"]))
            }
        case .parameterStore:
            let base = "arn:\(partition):ssm:\(store.region):\(cluster.account):parameter/"
            let resources = keys.map { key in key.hasPrefix("arn:") ? key : base + parameterPath(key) }
            if !resources.isEmpty {
                statements.append(PermissionStatement(
                    sidBase: "ReadParameters", effect: .allow, actions: ["ssm:GetParameter", "ssm:GetParameters"],
                    resources: Array(Set(resources)).sorted()))
            }
            if !prefixes.isEmpty {
                let paths = prefixes.map { parameterPath($0).trimmingSuffix("/") }
                statements.append(PermissionStatement(
                    sidBase: "ReadParameterPaths", effect: .allow, actions: ["ssm:GetParametersByPath"],
                    resources: Array(Set(paths.flatMap { [base + $0, base + $0 + "/*"] })).sorted()))
            }
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

extension String {
    /// The text without any trailing `character`s.
    func trimmingSuffix(_ character: Character) -> String {
        var text = self
        while text.last == character { text.removeLast() }
        return text
    }
}
