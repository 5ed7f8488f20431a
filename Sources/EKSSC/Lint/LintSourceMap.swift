/// Source ranges the model keeps only by value, read back from the syntax on demand: the
/// `endpoint` line of the cluster, the `groups` entry `system:masters` of a mapping, the
/// `managed` ARN of an app.
///
/// Model objects carry their declaration's range, and declarations are in source order, so a
/// lookup is a binary search plus a walk over one declaration's settings: findings are rare, and
/// nothing is indexed up front. Each lookup falls back to the declaration's range.
struct LintSourceMap: Sendable {
    private let declarations: [Declaration]

    init(_ syntax: SourceFileSyntax) {
        declarations = syntax.declarations
    }

    /// The declaration that starts where `range` starts.
    func declaration(at range: SourceRange) -> Declaration? {
        var low = 0, high = declarations.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let start = declarations[middle].range.start
            if start == range.start { return declarations[middle] }
            if start < range.start { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }

    func clusterName(_ cluster: Cluster) -> SourceRange {
        guard case .cluster(let decl) = declaration(at: cluster.range) else { return cluster.range }
        return decl.name.range
    }

    /// The first cluster setting `keyword` (`endpoint`, `logging`, ...).
    func clusterSetting(_ keyword: String, of cluster: Cluster) -> SourceRange? {
        guard case .cluster(let decl) = declaration(at: cluster.range) else { return nil }
        return decl.settings.first { Self.keyword($0.value) == keyword }?.range
    }

    func namespaceName(_ namespace: Namespace) -> SourceRange {
        guard case .namespace(let decl) = declaration(at: namespace.range) else { return namespace.range }
        return decl.name.range
    }

    func podSecurity(of namespace: Namespace) -> SourceRange {
        guard case .namespace(let decl) = declaration(at: namespace.range) else { return namespace.range }
        return decl.settings.first { if case .podSecurity = $0.value { true } else { false } }?.range ?? namespace.range
    }

    /// The entry `group` of the principal's `groups`.
    func group(_ group: String, of principal: IAMPrincipal) -> SourceRange {
        guard case .mapping(let decl) = declaration(at: principal.range) else { return principal.range }
        for setting in decl.settings {
            if case .groups(let names) = setting.value, let name = names.first(where: { $0.value == group }) {
                return name.range
            }
        }
        return principal.range
    }

    func arn(of principal: IAMPrincipal) -> SourceRange {
        guard case .mapping(let decl) = declaration(at: principal.range) else { return principal.range }
        return decl.arn.range
    }

    func username(of principal: IAMPrincipal) -> SourceRange {
        guard case .mapping(let decl) = declaration(at: principal.range) else { return principal.range }
        return decl.settings.first { if case .username = $0.value { true } else { false } }?.range ?? principal.range
    }

    /// The first storage class setting `keyword` (`ebs`, `unencrypted`, ...).
    func setting(_ keyword: String, of storageClass: StorageClass) -> SourceRange {
        guard case .storageClass(let decl) = declaration(at: storageClass.range) else { return storageClass.range }
        return decl.settings.first { Self.keyword($0.value) == keyword }?.range ?? storageClass.range
    }

    func serviceAccount(of app: App) -> SourceRange {
        guard case .app(let decl) = declaration(at: app.range) else { return app.range }
        return decl.settings.first { if case .serviceAccount = $0.value { true } else { false } }?.range ?? app.range
    }

    /// The ARN `arn` in the app role's `managed` list.
    func managedPolicy(_ arn: String, of app: App) -> SourceRange {
        guard case .app(let decl) = declaration(at: app.range) else { return app.range }
        for setting in decl.settings {
            guard case .iamRole(let role) = setting.value else { continue }
            for roleSetting in role.settings {
                if case .managed(let names) = roleSetting.value, let name = names.first(where: { $0.value == arn }) {
                    return name.range
                }
            }
            return role.range
        }
        return app.range
    }

    func name(of store: SecretStore) -> SourceRange {
        guard case .secretStore(let decl) = declaration(at: store.range) else { return store.range }
        return decl.name.range
    }

    private static func keyword(_ setting: ClusterSetting) -> String { setting.keyword }

    private static func keyword(_ setting: StorageSetting) -> String { setting.keyword }
}
