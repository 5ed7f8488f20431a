/// Secret stores and the secrets apps read from them.
extension Analysis {
    func analyzeSecretStores() -> [SecretStore] {
        storeDecls.sorted { $0.key < $1.key }.compactMap { id, decl in analyzeStore(id, decl) }
    }

    private func analyzeStore(_ id: SecretStoreID, _ decl: SecretStoreDecl) -> SecretStore? {
        _ = check(KubernetesNames.subdomain(decl.name.value, what: "store name"), .invalidName, at: decl.name.range)
        if let namespace = decl.namespace { requireNamespace(namespace) }
        checkDuplicateSettings(decl.settings) { setting in
            switch setting {
            case .provider: "provider"
            case .region: "region"
            case .serviceAccount: "serviceaccount"
            case .iamRole: "iam-role"
            case .kms: "kms"
            case .namespaces: "namespaces"
            case .namespaceSelector: "namespace-selector"
            }
        }
        var provider: SecretProvider?
        var sawProvider = false
        var region = clusterRegion ?? ""
        var account: (name: Name, namespace: Name?)?
        var roleName: String?
        var keys: [(arn: ARN, range: SourceRange)] = []
        var allowedNamespaces: Set<String> = []
        var selector: Set<Label> = []
        for setting in decl.settings {
            switch setting.value {
            case .provider(let name):
                sawProvider = true
                provider = choice(name, SecretProvider.self, what: "secret provider")
            case .region(let name):
                if let own = check(AWSIdentifiers.region(name.value), .invalidRegion, at: name.range),
                   checkPartition(Partition.of(region: own).rawValue, of: own, at: name.range) {
                    region = own
                }
            case .serviceAccount(let name, let namespace):
                account = (name, namespace)
            case .iamRole(let name):
                roleName = iamRoleName(name)
            case .kms(let names):
                for name in names {
                    guard let key = check(ARNValidator.kmsKey(name.value), .invalidARN, at: name.range) else { continue }
                    keys.append((key, name.range))
                }
            case .namespaces(let names):
                guard requireClusterStore(decl, setting: "namespaces", at: setting.range) else { continue }
                for name in names where requireNamespace(name) { allowedNamespaces.insert(name.value) }
            case .namespaceSelector(let labels):
                guard requireClusterStore(decl, setting: "namespace-selector", at: setting.range) else { continue }
                selector.formUnion(labels.compactMap(label))
            }
        }
        // After the loop: the store's own region decides where its keys must be.
        for key in keys { checkKeyLocation(key.arn, usedIn: region, at: key.range) }
        if !sawProvider {
            error(.missingSetting, "secret store '\(id)' has no 'provider' setting", at: decl.name.range,
                  hint: "add 'provider secretsmanager' or 'provider parameterstore'")
        }
        guard let serviceAccount = storeServiceAccount(decl, account), let provider else { return nil }
        return SecretStore(id: id, provider: provider, region: region, serviceAccount: serviceAccount,
                           explicitRoleName: roleName, kmsKeys: Array(Set(keys.map(\.arn))).sorted(),
                           allowedNamespaces: allowedNamespaces.sorted(), namespaceSelector: selector.sorted(),
                           range: decl.range)
    }

    /// `namespaces` and `namespace-selector` restrict a clustersecretstore; a secretstore is
    /// already confined to its namespace.
    private func requireClusterStore(_ decl: SecretStoreDecl, setting: String, at range: SourceRange) -> Bool {
        guard let namespace = decl.namespace else { return true }
        error(.storeConditionOnNamespacedStore,
              "'\(setting)' applies to a clustersecretstore; secretstore '\(decl.name.value)' is only usable in '\(namespace.value)'",
              at: range, hint: "remove '\(setting)'")
        return false
    }

    /// An app may read from a restricted clustersecretstore only in a namespace the store admits:
    /// listed in `namespaces`, or labelled with every label of `namespace-selector`.
    func checkStoreConditions(_ stores: [SecretStore], apps: [App], namespaces: [Namespace]) {
        let byID = Dictionary(stores.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let labels = Dictionary(namespaces.map { ($0.name, Set($0.labels)) }, uniquingKeysWith: { first, _ in first })
        for app in apps {
            for secret in app.secrets {
                guard let store = byID[secret.store], store.isRestricted,
                      !store.admits(namespace: app.namespace, labels: labels[app.namespace] ?? []) else { continue }
                error(.storeNamespaceNotAdmitted,
                      "clustersecretstore '\(store.id.name)' does not admit namespace '\(app.namespace)'",
                      at: secret.range, notes: [DiagnosticNote("store declared here", at: store.range)],
                      hint: "add '\(app.namespace)' to the store's 'namespaces', or label the namespace to match its selector")
            }
        }
    }

    /// The store's ServiceAccount: by default the store's name in the store's namespace. A
    /// cluster-wide store has no namespace of its own, so it must say `in NAMESPACE`.
    private func storeServiceAccount(_ decl: SecretStoreDecl, _ given: (name: Name, namespace: Name?)?) -> ServiceAccountRef? {
        let name = given?.name ?? decl.name
        if let given {
            _ = check(KubernetesNames.serviceAccountName(given.name.value), .invalidName,
                      at: given.name.range)
        }
        if let namespace = given?.namespace {
            guard requireNamespace(namespace) else { return nil }
            if let own = decl.namespace, own.value != namespace.value {
                error(.storeServiceAccountNamespace,
                      "a secretstore's serviceaccount must be in its namespace '\(own.value)', not in '\(namespace.value)'",
                      at: namespace.range, hint: "use a clustersecretstore to authenticate from another namespace")
                return nil
            }
            return ServiceAccountRef(namespace: namespace.value, name: name.value)
        }
        guard let own = decl.namespace else {
            error(.storeServiceAccountNamespace,
                  "clustersecretstore '\(decl.name.value)' needs the namespace of its serviceaccount",
                  at: given?.name.range ?? decl.name.range,
                  hint: "add 'serviceaccount \(name.value) in NAMESPACE'")
            return nil
        }
        return ServiceAccountRef(namespace: own.value, name: name.value)
    }

    /// `secret NAME from STORE { ... }` of an app in `namespace`.
    func externalSecret(_ syntax: SecretSyntax, namespace: String) -> ExternalSecretSpec? {
        _ = check(KubernetesNames.subdomain(syntax.name.value, what: "secret name"), .invalidName, at: syntax.name.range)
        checkDuplicateSettings(syntax.settings) { setting in
            if case .refresh = setting { return "refresh" }
            return nil
        }
        let store = resolveStore(syntax.store, namespace: namespace)
        var refresh = "1h"
        var data: [String: (entry: SecretDataEntry, range: SourceRange)] = [:]
        var extracts: Set<String> = []
        var prefixes: [String: SourceRange] = [:]
        for setting in syntax.settings {
            switch setting.value {
            case .refresh(let word):
                refresh = check(DurationValidator.duration(word.value), .invalidDuration, at: word.range) ?? refresh
            case .data(let key, let remoteKey, let property, let version):
                guard let secretKey = check(KubernetesNames.secretKey(key.value), .invalidName, at: key.range) else { continue }
                if let first = data[secretKey] {
                    error(.duplicateSetting, "duplicate secret key '\(secretKey)'", at: key.range,
                          notes: [DiagnosticNote("first set here", at: first.range)])
                    continue
                }
                guard let remote = remoteKeyValue(remoteKey) else { continue }
                let entry = SecretDataEntry(secretKey: secretKey, remoteKey: remote, property: property?.value,
                                            version: version?.value)
                data[secretKey] = (entry, key.range)
            case .extract(let remoteKey):
                if let remote = remoteKeyValue(remoteKey) { extracts.insert(remote) }
            case .extractPrefix(let prefix):
                if let value = check(RemoteKeys.prefix(prefix.value), .invalidRemoteKey, at: prefix.range),
                   prefixes[value] == nil {
                    prefixes[value] = prefix.range
                }
            }
        }
        if let store {
            for (prefix, range) in prefixes.sorted(by: { $0.key < $1.key }) {
                warning(.prefixRead,
                        "every secret under '\(prefix)' in store '\(store)' becomes readable by the store's role "
                            + "and is copied into secret '\(syntax.name.value)'",
                        at: range, hint: "name the keys one by one to read only those")
            }
        }
        // Whether anything is read as written: a read that failed validation is already reported.
        let readsSomething = syntax.settings.contains { setting in
            if case .refresh = setting.value { return false }
            return true
        }
        if !readsSomething {
            error(.invalidValue, "secret '\(syntax.name.value)' reads nothing", at: syntax.name.range,
                  hint: "add 'KEY <- \"remote/key\"' or 'extract \"remote/key\"'")
        }
        guard let store else { return nil }
        return ExternalSecretSpec(name: syntax.name.value, store: store, refreshInterval: refresh,
                                  data: data.values.map(\.entry).sorted { $0.secretKey < $1.secretKey },
                                  extracts: extracts.sorted(), prefixes: prefixes.keys.sorted(), range: syntax.range)
    }

    /// A validated remote key; an ARN must also be in the cluster's partition.
    private func remoteKeyValue(_ name: Name) -> String? {
        guard let key = check(RemoteKeys.key(name.value), .invalidRemoteKey, at: name.range) else { return nil }
        if key.hasPrefix("arn:"), let arn = ARNValidator.arn(key).value,
           !checkPartition(arn.partition.rawValue, of: key, at: name.range) {
            return nil
        }
        return key
    }

    /// A `secretstore` of the app's namespace, else a `clustersecretstore` of that name.
    private func resolveStore(_ name: Name, namespace: String) -> SecretStoreID? {
        let local = SecretStoreID(namespace: namespace, name: name.value)
        let clusterWide = SecretStoreID(namespace: nil, name: name.value)
        for id in [local, clusterWide] where storeDecls[id] != nil {
            usedStores.insert(id)
            return id
        }
        if let elsewhere = storeDecls.keys.filter({ $0.name == name.value }).sorted().first,
           let decl = storeDecls[elsewhere] {
            usedStores.insert(elsewhere)
            error(.storeOutsideNamespace,
                  "secretstore '\(elsewhere)' is not in the app's namespace '\(namespace)'", at: name.range,
                  notes: [DiagnosticNote("store declared here", at: decl.name.range)],
                  hint: "declare the store in '\(namespace)', or make it a clustersecretstore")
            return nil
        }
        let closest = Suggestion.closest(to: name.value, among: storeDecls.keys.map(\.name))
        // The store the user probably meant is not also reported as unused.
        usedStores.formUnion(storeDecls.keys.filter { $0.name == closest })
        error(.undefinedStore, "undefined secret store '\(name.value)'", at: name.range,
              hint: closest.map { "did you mean '\($0)'?" })
        return nil
    }

    /// Warns about stores that no secret reads from.
    func checkStoreUsage(_ stores: [SecretStore]) {
        for (id, decl) in storeDecls.sorted(by: { $0.key < $1.key }) where !usedStores.contains(id) {
            warning(.unusedStore, "no secret uses store '\(id)'", at: decl.name.range,
                    hint: "remove it, or read a secret from it with 'secret NAME from \(id.name)'")
        }
    }
}
