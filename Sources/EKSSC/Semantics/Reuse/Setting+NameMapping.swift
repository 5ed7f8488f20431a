/// Name mapping (`Declaration.mappingNames`) for the settings of apps, stores, roles, mappings
/// and storage classes.
extension AppSetting {
    func mappingNames(_ f: NameMap) -> AppSetting {
        switch self {
        case .serviceAccount(let n): .serviceAccount(f(n))
        case .tier(let reference): .tier(reference.mappingNames(f))
        case .identity(let n): .identity(f(n))
        case .iamRole(let role): .iamRole(role.mappingNames(f))
        case .securityGroups(let names): .securityGroups(names.map(f))
        case .secret(let secret): .secret(secret.mappingNames(f))
        }
    }
}

extension IAMRoleSyntax {
    func mappingNames(_ f: NameMap) -> IAMRoleSyntax {
        IAMRoleSyntax(name: name.map(f), settings: settings.map { $0.mapping { $0.mappingNames(f) } }, range: range)
    }
}

extension IAMRoleSetting {
    func mappingNames(_ f: NameMap) -> IAMRoleSetting {
        switch self {
        case .managed(let names): .managed(names.map(f))
        case .boundary(let n): .boundary(f(n))
        case .statement(let s):
            .statement(PolicyStatementSyntax(
                effect: f(s.effect), actions: s.actions.map(f), resources: s.resources.map(f),
                conditions: s.conditions.map {
                    PolicyConditionSyntax(operator: f($0.operator), key: f($0.key), values: $0.values.map(f), range: $0.range)
                }))
        }
    }
}

extension SecretSyntax {
    func mappingNames(_ f: NameMap) -> SecretSyntax {
        SecretSyntax(name: f(name), store: f(store), settings: settings.map { $0.mapping { $0.mappingNames(f) } },
                     range: range)
    }
}

extension SecretSetting {
    func mappingNames(_ f: NameMap) -> SecretSetting {
        switch self {
        case .refresh(let n): .refresh(f(n))
        case .data(let key, let remoteKey, let property, let version):
            .data(key: f(key), remoteKey: f(remoteKey), property: property.map(f), version: version.map(f))
        case .extract(let n): .extract(f(n))
        case .extractPrefix(let n): .extractPrefix(f(n))
        }
    }
}

extension SecretStoreSetting {
    func mappingNames(_ f: NameMap) -> SecretStoreSetting {
        switch self {
        case .provider(let n): .provider(f(n))
        case .region(let n): .region(f(n))
        case .serviceAccount(let n, let namespace): .serviceAccount(f(n), namespace: namespace.map(f))
        case .iamRole(let n): .iamRole(f(n))
        case .kms(let names): .kms(names.map(f))
        case .namespaces(let names): .namespaces(names.map(f))
        case .namespaceSelector(let labels): .namespaceSelector(labels.map { $0.mappingNames(f) })
        }
    }
}

extension RoleSetting {
    func mappingNames(_ f: NameMap) -> RoleSetting {
        switch self {
        case .rule(let rule):
            .rule(RuleSyntax(verbs: rule.verbs.map(f), resources: rule.resources.map(f),
                             resourceNames: rule.resourceNames.map(f)))
        case .bind(let subject, let namespace):
            .bind(SubjectSyntax(kind: f(subject.kind), namespace: subject.namespace.map(f), name: f(subject.name),
                                range: subject.range),
                  namespace: namespace.map(f))
        case .aggregateTo(let targets): .aggregateTo(targets.map(f))
        case .aggregate(let labels): .aggregate(labels.map { $0.mappingNames(f) })
        }
    }
}

extension MappingSetting {
    func mappingNames(_ f: NameMap) -> MappingSetting {
        switch self {
        case .username(let n): .username(f(n))
        case .groups(let names): .groups(names.map(f))
        case .bind(let role, let namespace): .bind(role: f(role), namespace: namespace.map(f))
        case .accessPolicy(let n, let namespaces): .accessPolicy(f(n), namespaces: namespaces.map(f))
        }
    }
}

extension StorageSetting {
    func mappingNames(_ f: NameMap) -> StorageSetting {
        switch self {
        case .ebs(let n): .ebs(f(n))
        case .efs(let n): .efs(f(n))
        case .kms(let n): .kms(f(n))
        case .fsType(let n): .fsType(f(n))
        case .iops(let n): .iops(f(n))
        case .throughput(let n): .throughput(f(n))
        case .reclaim(let n): .reclaim(f(n))
        case .expansion(let n): .expansion(f(n))
        case .isDefault: .isDefault
        case .unencrypted: .unencrypted
        case .directoryPerms(let n): .directoryPerms(f(n))
        }
    }
}
