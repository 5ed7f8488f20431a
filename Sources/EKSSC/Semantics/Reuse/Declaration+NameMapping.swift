/// Every name and string of a declaration rewritten by one function: how constants are
/// substituted into the tree. The switches are exhaustive on purpose, so that a new setting
/// cannot be left out of substitution unnoticed.
typealias NameMap = (Name) -> Name

extension Declaration {
    func mappingNames(_ f: NameMap) -> Declaration {
        switch self {
        case .cluster(var d):
            d.name = f(d.name)
            d.settings = d.settings.map { $0.mapping { $0.mappingNames(f) } }
            return .cluster(d)
        case .namespace(var d):
            d.name = f(d.name)
            d.settings = d.settings.map { $0.mapping { $0.mappingNames(f) } }
            return .namespace(d)
        case .tier(var d):
            d.name = f(d.name)
            d.namespace = f(d.namespace)
            d.settings = d.settings.map { $0.mapping { $0.mappingNames(f) } }
            return .tier(d)
        case .flow(var d):
            d.source = d.source.mappingNames(f)
            d.destination = d.destination.mappingNames(f)
            d.ports = d.ports.map { PortSyntax(protocol: f($0.protocol), port: $0.port.map(f), range: $0.range) }
            return .flow(d)
        case .app(var d):
            d.name = f(d.name)
            d.namespace = f(d.namespace)
            d.settings = d.settings.map { $0.mapping { $0.mappingNames(f) } }
            return .app(d)
        case .secretStore(var d):
            d.name = f(d.name)
            d.namespace = d.namespace.map(f)
            d.settings = d.settings.map { $0.mapping { $0.mappingNames(f) } }
            return .secretStore(d)
        case .role(var d):
            d.name = f(d.name)
            d.namespace = d.namespace.map(f)
            d.settings = d.settings.map { $0.mapping { $0.mappingNames(f) } }
            return .role(d)
        case .mapping(var d):
            d.name = f(d.name)
            d.arn = f(d.arn)
            d.settings = d.settings.map { $0.mapping { $0.mappingNames(f) } }
            return .mapping(d)
        case .nodes(var d):
            d.roles = d.roles.map(f)
            return .nodes(d)
        case .storageClass(var d):
            d.name = f(d.name)
            d.settings = d.settings.map { $0.mapping { $0.mappingNames(f) } }
            return .storageClass(d)
        case .constant:
            return self
        case .template(var d):
            d.settings = d.settings.map { $0.mapping { $0.mappingNames(f) } }
            return .template(d)
        }
    }
}

extension Located {
    /// The same range with the value transformed.
    func mapping(_ transform: (Value) -> Value) -> Located {
        Located(transform(value), at: range)
    }
}

extension LabelSyntax {
    func mappingNames(_ f: NameMap) -> LabelSyntax { LabelSyntax(key: f(key), value: f(value)) }
}

extension TierReference {
    func mappingNames(_ f: NameMap) -> TierReference {
        TierReference(namespace: namespace.map(f), name: f(name), range: range)
    }
}

extension ClusterSetting {
    func mappingNames(_ f: NameMap) -> ClusterSetting {
        switch self {
        case .account(let n): .account(f(n))
        case .region(let n): .region(f(n))
        case .oidc(let n): .oidc(f(n))
        case .oidcProvider(let n): .oidcProvider(f(n))
        case .secretsEncryption(let n): .secretsEncryption(f(n))
        case .logging(let names): .logging(names.map(f))
        case .endpoint(let n): .endpoint(f(n))
        case .publicAccess(let names): .publicAccess(names.map(f))
        case .authentication(let n): .authentication(f(n))
        case .monitoring(let settings): .monitoring(settings.map { $0.mapping { $0.mappingNames(f) } })
        case .requireBoundary: .requireBoundary
        case .awsEndpoints(let n, let cidrs): .awsEndpoints(f(n), cidrs: cidrs.map(f))
        case .ipFamily(let n): .ipFamily(f(n))
        }
    }
}

extension MonitoringSetting {
    func mappingNames(_ f: NameMap) -> MonitoringSetting {
        switch self {
        case .trail(let name, let bucket, let kmsKey):
            .trail(name: f(name), bucket: f(bucket), kmsKey: kmsKey.map(f))
        case .flowLogs(let vpc, let kind, let destination, let retention):
            .flowLogs(vpc: f(vpc), destinationKind: f(kind), destination: f(destination), retentionDays: retention.map(f))
        }
    }
}

extension NamespaceSetting {
    func mappingNames(_ f: NameMap) -> NamespaceSetting {
        switch self {
        case .podSecurity(let level, let version): .podSecurity(level: f(level), version: version.map(f))
        case .label(let label): .label(label.mappingNames(f))
        case .isolation(let n): .isolation(f(n))
        }
    }
}

extension TierSetting {
    func mappingNames(_ f: NameMap) -> TierSetting {
        switch self {
        case .select(let labels): .select(labels.map { $0.mappingNames(f) })
        case .dns(let n): .dns(f(n))
        case .aws(let n): .aws(f(n))
        case .ingress(let n): .ingress(f(n))
        case .match(let key, let op, let values): .match(key: f(key), operator: f(op), values: values.map(f))
        }
    }
}

extension FlowEndpointSyntax {
    func mappingNames(_ f: NameMap) -> FlowEndpointSyntax {
        switch self {
        case .tier(let reference): .tier(reference.mappingNames(f))
        case .cidr(let cidr, let except, let range): .cidr(f(cidr), except: except.map(f), range: range)
        case .namespace(let name, let range): .namespace(f(name), range: range)
        case .namespacesWhere(let labels, let range): .namespacesWhere(labels.map { $0.mappingNames(f) }, range: range)
        }
    }
}

extension TemplateSetting {
    func mappingNames(_ f: NameMap) -> TemplateSetting {
        switch self {
        case .app(let setting): .app(setting.mappingNames(f))
        case .role(let setting): .role(setting.mappingNames(f))
        }
    }
}
