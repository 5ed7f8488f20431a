// MARK: - app

/// `app NAME in NAMESPACE { ... }`
struct AppDecl: Sendable {
    var name: Name
    var namespace: Name
    var settings: [Located<AppSetting>]
    var range: SourceRange
    /// `uses TEMPLATE, ...`: merged into `settings` by template expansion.
    var uses: [TemplateUseSyntax]

    init(name: Name, namespace: Name, settings: [Located<AppSetting>], range: SourceRange,
         uses: [TemplateUseSyntax] = []) {
        self.name = name
        self.namespace = namespace
        self.settings = settings
        self.range = range
        self.uses = uses
    }
}

enum AppSetting: Sendable {
    /// `serviceaccount NAME` (a quoted pattern with `*` is allowed: matched with StringLike).
    case serviceAccount(Name)
    /// `tier NAME` or `tier NAMESPACE/NAME`
    case tier(TierReference)
    /// `identity irsa | pod-identity`
    case identity(Name)
    /// `iam-role [NAME] { ... }`
    case iamRole(IAMRoleSyntax)
    /// `security-groups "sg-...", ...`
    case securityGroups([Name])
    /// `secret NAME from STORE { ... }`
    case secret(SecretSyntax)
}

/// The `iam-role [NAME] { ... }` block of an app.
struct IAMRoleSyntax: Sendable {
    /// Explicit role name; derived from cluster, namespace and service account when absent.
    var name: Name?
    var settings: [Located<IAMRoleSetting>]
    var range: SourceRange

    init(name: Name?, settings: [Located<IAMRoleSetting>], range: SourceRange) {
        self.name = name
        self.settings = settings
        self.range = range
    }
}

enum IAMRoleSetting: Sendable {
    /// `managed "arn:aws:iam::aws:policy/...", ...`
    case managed([Name])
    /// `allow|deny ACTIONS on RESOURCES [when ...]...`
    case statement(PolicyStatementSyntax)
    /// `boundary "arn:aws:iam::123456789012:policy/..."`: a permissions boundary.
    case boundary(Name)
}

/// `allow "s3:GetObject", "s3:ListBucket" on "arn:aws:s3:::b", "arn:aws:s3:::b/*" when StringEquals "aws:SourceVpce" = "vpce-1"`
struct PolicyStatementSyntax: Sendable {
    /// `allow` or `deny`.
    var effect: Name
    var actions: [Name]
    var resources: [Name]
    var conditions: [PolicyConditionSyntax]

    init(effect: Name, actions: [Name], resources: [Name], conditions: [PolicyConditionSyntax]) {
        self.effect = effect
        self.actions = actions
        self.resources = resources
        self.conditions = conditions
    }
}

/// `when OPERATOR "key" = "value", ...`
struct PolicyConditionSyntax: Sendable {
    /// An IAM condition operator such as `StringEquals` or `ForAnyValue:StringLike`.
    var `operator`: Name
    var key: Name
    var values: [Name]
    var range: SourceRange

    init(operator: Name, key: Name, values: [Name], range: SourceRange) {
        self.operator = `operator`
        self.key = key
        self.values = values
        self.range = range
    }
}

/// `secret NAME from STORE { ... }` inside an app.
struct SecretSyntax: Sendable {
    var name: Name
    var store: Name
    var settings: [Located<SecretSetting>]
    var range: SourceRange

    init(name: Name, store: Name, settings: [Located<SecretSetting>], range: SourceRange) {
        self.name = name
        self.store = store
        self.settings = settings
        self.range = range
    }
}

enum SecretSetting: Sendable {
    /// `refresh 1h`
    case refresh(Name)
    /// `KEY <- "remote/key" [property NAME] [version "VERSION"]`
    case data(key: Name, remoteKey: Name, property: Name?, version: Name?)
    /// `extract "remote/key"`: every property of the remote secret becomes a key.
    case extract(Name)
    /// `extract prefix "prod/app/"`: every remote secret under the prefix becomes a key.
    case extractPrefix(Name)
}

// MARK: - secret stores

/// `secretstore NAME in NAMESPACE { ... }` or `clustersecretstore NAME { ... }`
struct SecretStoreDecl: Sendable {
    var name: Name
    /// Nil for a `clustersecretstore`.
    var namespace: Name?
    var settings: [Located<SecretStoreSetting>]
    var range: SourceRange

    init(name: Name, namespace: Name?, settings: [Located<SecretStoreSetting>], range: SourceRange) {
        self.name = name
        self.namespace = namespace
        self.settings = settings
        self.range = range
    }

    var isClusterWide: Bool { namespace == nil }
}

enum SecretStoreSetting: Sendable {
    /// `provider secretsmanager | parameterstore`
    case provider(Name)
    /// `region "us-west-2"` (default: the cluster's)
    case region(Name)
    /// `serviceaccount NAME [in NAMESPACE]`
    case serviceAccount(Name, namespace: Name?)
    /// `iam-role NAME`: the store role's name (default derived like an app's).
    case iamRole(Name)
    /// `kms "arn:aws:kms:...", ...`: keys that encrypt the secrets (grants kms:Decrypt).
    case kms([Name])
    /// `namespaces payments, orders`: a ClusterSecretStore only these namespaces may use.
    case namespaces([Name])
    /// `namespace-selector team = payments, ...`: a ClusterSecretStore only namespaces with
    /// these labels may use.
    case namespaceSelector([LabelSyntax])
}

// MARK: - RBAC

/// `role NAME in NAMESPACE { ... }` or `clusterrole NAME { ... }`
struct RoleDecl: Sendable {
    var name: Name
    /// Nil for a `clusterrole`.
    var namespace: Name?
    var settings: [Located<RoleSetting>]
    var range: SourceRange
    /// `uses TEMPLATE, ...`: merged into `settings` by template expansion.
    var uses: [TemplateUseSyntax]

    init(name: Name, namespace: Name?, settings: [Located<RoleSetting>], range: SourceRange,
         uses: [TemplateUseSyntax] = []) {
        self.name = name
        self.namespace = namespace
        self.settings = settings
        self.range = range
        self.uses = uses
    }

    var isClusterRole: Bool { namespace == nil }
}

enum RoleSetting: Sendable {
    /// `allow VERBS on RESOURCES [named "a", "b"]`
    case rule(RuleSyntax)
    /// `bind user NAME | group NAME | serviceaccount [NS/]NAME [in NAMESPACE]`
    case bind(SubjectSyntax, namespace: Name?)
    /// `aggregate-to admin, edit, monitoring`: the clusterrole's rules are added to these
    /// (built-in, or declared with `aggregate`) aggregated clusterroles.
    case aggregateTo([Name])
    /// `aggregate "example.com/aggregate-to-monitoring" = "true", ...`: one selector (its labels
    /// all required); the clusterrole's rules are those of every clusterrole any selector matches.
    case aggregate([LabelSyntax])
}

/// `allow get, list on pods, deployments.apps, pods/log [named "x"]`
struct RuleSyntax: Sendable {
    /// Verbs as written (`*` included).
    var verbs: [Name]
    /// Resources kubectl-style: `pods`, `deployments.apps`, `pods/log`, `*`, or a quoted
    /// non-resource URL such as `"/healthz"`.
    var resources: [Name]
    var resourceNames: [Name]

    init(verbs: [Name], resources: [Name], resourceNames: [Name]) {
        self.verbs = verbs
        self.resources = resources
        self.resourceNames = resourceNames
    }
}

/// A binding subject as written after `bind`.
struct SubjectSyntax: Sendable {
    /// `user`, `group` or `serviceaccount`.
    var kind: Name
    /// For `serviceaccount`, the namespace of `NS/NAME`.
    var namespace: Name?
    var name: Name
    var range: SourceRange

    init(kind: Name, namespace: Name?, name: Name, range: SourceRange) {
        self.kind = kind
        self.namespace = namespace
        self.name = name
        self.range = range
    }
}

// MARK: - IAM mappings

/// `user NAME "ARN" { ... }` or `iam-role NAME "ARN" { ... }`: an IAM principal mapped into the cluster.
struct MappingDecl: Sendable {
    /// `user` or `iam-role`.
    var kind: MappingKind
    var name: Name
    var arn: Name
    var settings: [Located<MappingSetting>]
    var range: SourceRange

    init(kind: MappingKind, name: Name, arn: Name, settings: [Located<MappingSetting>], range: SourceRange) {
        self.kind = kind
        self.name = name
        self.arn = arn
        self.settings = settings
        self.range = range
    }
}

enum MappingKind: String, Sendable {
    case user
    case role = "iam-role"
}

enum MappingSetting: Sendable {
    /// `username NAME` (default: the declaration's name)
    case username(Name)
    /// `groups system:masters, developers`
    case groups([Name])
    /// `bind ROLE [in NAMESPACE]`
    case bind(role: Name, namespace: Name?)
    /// `access-policy NAME [in NAMESPACE, ...]`: an EKS access policy (cluster-wide without `in`).
    case accessPolicy(Name, namespaces: [Name])
}

/// `nodes "arn:aws:iam::123456789012:role/eks-node-role", ...`
struct NodesDecl: Sendable {
    var roles: [Name]
    var range: SourceRange

    init(roles: [Name], range: SourceRange) {
        self.roles = roles
        self.range = range
    }
}

// MARK: - storage

/// `storageclass NAME { ... }`
struct StorageClassDecl: Sendable {
    var name: Name
    var settings: [Located<StorageSetting>]
    var range: SourceRange

    init(name: Name, settings: [Located<StorageSetting>], range: SourceRange) {
        self.name = name
        self.settings = settings
        self.range = range
    }
}

enum StorageSetting: Sendable {
    /// `ebs gp3`
    case ebs(Name)
    /// `efs "fs-0123456789abcdef0"`
    case efs(Name)
    /// `kms "arn:aws:kms:..."`
    case kms(Name)
    /// `fstype ext4`
    case fsType(Name)
    /// `iops 3000`
    case iops(Name)
    /// `throughput 125`
    case throughput(Name)
    /// `reclaim delete | retain`
    case reclaim(Name)
    /// `expansion on | off`
    case expansion(Name)
    /// `default`: the cluster's default StorageClass.
    case isDefault
    /// `unencrypted`: the explicit, warned opt-out of EBS encryption.
    case unencrypted
    /// `directory-perms "700"`
    case directoryPerms(Name)
}

extension StorageSetting {
    /// The setting's keyword, as written and as diagnostics name it.
    var keyword: String {
        switch self {
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
}
