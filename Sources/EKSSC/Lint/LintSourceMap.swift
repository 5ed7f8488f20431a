/// Source ranges the model keeps only by value, read back from the syntax: the `endpoint` line
/// of the cluster, the `groups` entry `system:masters` of a mapping, the `managed` ARN of an app.
///
/// Keys are the names the model uses, so a rule looks a range up from what it is checking; a
/// missing key falls back to the declaration's range.
public struct LintSourceMap: Sendable {
    /// Cluster settings by keyword (`endpoint`, `logging`, ...), the first of each.
    public private(set) var clusterSettings: [String: SourceRange] = [:]
    public private(set) var clusterName: SourceRange?
    /// Namespace settings by namespace, then keyword.
    public private(set) var namespaceSettings: [String: [String: SourceRange]] = [:]
    public private(set) var namespaceNames: [String: SourceRange] = [:]
    /// Each group of a mapped principal by the declaration's name, then the group.
    public private(set) var principalGroups: [String: [String: SourceRange]] = [:]
    /// The ARN string and the `username` setting of a mapped principal by the declaration's name.
    public private(set) var principalARNs: [String: SourceRange] = [:]
    public private(set) var principalUsernames: [String: SourceRange] = [:]
    /// Storage class settings by class, then keyword.
    public private(set) var storageSettings: [String: [String: SourceRange]] = [:]
    /// App settings by `namespace/app`, then keyword (`serviceaccount`, `boundary`, ...).
    public private(set) var appSettings: [String: [String: SourceRange]] = [:]
    /// Managed policy ARNs of an app's role by `namespace/app`, then ARN.
    public private(set) var managedPolicies: [String: [String: SourceRange]] = [:]
    /// Secret store settings by `SecretStoreID.description`, then keyword.
    public private(set) var storeSettings: [String: [String: SourceRange]] = [:]
    public private(set) var storeNames: [String: SourceRange] = [:]

    public init(_ syntax: SourceFileSyntax) {
        for declaration in syntax.declarations {
            switch declaration {
            case .cluster(let decl):
                clusterName = clusterName ?? decl.name.range
                for setting in decl.settings { Self.first(&clusterSettings, Self.keyword(setting.value), setting.range) }
            case .namespace(let decl):
                namespaceNames[decl.name.value] = namespaceNames[decl.name.value] ?? decl.name.range
                for setting in decl.settings {
                    let keyword = if case .podSecurity = setting.value { "pod-security" } else { "label" }
                    Self.first(&namespaceSettings[decl.name.value, default: [:]], keyword, setting.range)
                }
            case .mapping(let decl):
                Self.first(&principalARNs, decl.name.value, decl.arn.range)
                for setting in decl.settings {
                    switch setting.value {
                    case .groups(let names):
                        for name in names { Self.first(&principalGroups[decl.name.value, default: [:]], name.value, name.range) }
                    case .username:
                        Self.first(&principalUsernames, decl.name.value, setting.range)
                    case .bind, .accessPolicy:
                        break
                    }
                }
            case .storageClass(let decl):
                for setting in decl.settings {
                    Self.first(&storageSettings[decl.name.value, default: [:]], Self.keyword(setting.value), setting.range)
                }
            case .app(let decl):
                let key = "\(decl.namespace.value)/\(decl.name.value)"
                for setting in decl.settings {
                    Self.first(&appSettings[key, default: [:]], Self.keyword(setting.value), setting.range)
                    guard case .iamRole(let role) = setting.value else { continue }
                    for roleSetting in role.settings {
                        switch roleSetting.value {
                        case .managed(let names):
                            for name in names { Self.first(&managedPolicies[key, default: [:]], name.value, name.range) }
                        case .boundary:
                            Self.first(&appSettings[key, default: [:]], "boundary", roleSetting.range)
                        case .statement:
                            break
                        }
                    }
                }
            case .secretStore(let decl):
                let key = decl.namespace.map { "\($0.value)/\(decl.name.value)" } ?? decl.name.value
                storeNames[key] = storeNames[key] ?? decl.name.range
                for setting in decl.settings {
                    Self.first(&storeSettings[key, default: [:]], Self.keyword(setting.value), setting.range)
                }
            case .tier, .flow, .role, .nodes:
                break
            }
        }
    }

    private static func first(_ table: inout [String: SourceRange], _ key: String, _ range: SourceRange) {
        if table[key] == nil { table[key] = range }
    }

    private static func keyword(_ setting: ClusterSetting) -> String {
        switch setting {
        case .account: "account"
        case .region: "region"
        case .oidc: "oidc"
        case .secretsEncryption: "secrets-encryption"
        case .logging: "logging"
        case .endpoint: "endpoint"
        case .publicAccess: "public-access"
        case .authentication: "authentication"
        case .requireBoundary: "require-boundary"
        }
    }

    private static func keyword(_ setting: StorageSetting) -> String {
        switch setting {
        case .ebs: "ebs"
        case .efs: "efs"
        case .kms: "kms"
        case .fsType: "fstype"
        case .iops: "iops"
        case .throughput: "throughput"
        case .reclaim: "reclaim"
        case .expansion: "expansion"
        case .isDefault: "default"
        case .unencrypted: "unencrypted"
        case .directoryPerms: "directory-perms"
        }
    }

    private static func keyword(_ setting: AppSetting) -> String {
        switch setting {
        case .serviceAccount: "serviceaccount"
        case .tier: "tier"
        case .identity: "identity"
        case .iamRole: "iam-role"
        case .securityGroups: "security-groups"
        case .secret: "secret"
        }
    }

    private static func keyword(_ setting: SecretStoreSetting) -> String {
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
}
