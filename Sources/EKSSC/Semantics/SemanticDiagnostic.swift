/// Every diagnostic semantic analysis can emit. The raw value is the id's name part
/// (`semantics.<raw value>`); each case has a fixture in `Tests/EKSSCTests/Fixtures/diagnostics`.
public enum SemanticDiagnostic: String, DiagnosticCatalog {
    public static let stage = "semantics"

    // Structure of the file.
    case missingCluster = "missing-cluster"
    case duplicateCluster = "duplicate-cluster"
    case missingSetting = "missing-setting"
    case duplicateSetting = "duplicate-setting"
    case duplicateDeclaration = "duplicate-declaration"
    case unknownWord = "unknown-word"
    case invalidValue = "invalid-value"

    // Values.
    case invalidAccount = "invalid-account"
    case invalidRegion = "invalid-region"
    case invalidOIDCIssuer = "invalid-oidc-issuer"
    case oidcRegionMismatch = "oidc-region-mismatch"
    case invalidARN = "invalid-arn"
    case invalidAction = "invalid-action"
    case invalidConditionOperator = "invalid-condition-operator"
    case invalidAccessPolicy = "invalid-access-policy"
    case invalidName = "invalid-name"
    case invalidLabel = "invalid-label"
    case invalidPort = "invalid-port"
    case invalidProtocol = "invalid-protocol"
    case invalidCIDR = "invalid-cidr"
    case cidrHostBits = "cidr-host-bits"
    case exceptOutsideCIDR = "except-outside-cidr"
    case invalidSecurityGroup = "invalid-security-group"
    case invalidFileSystem = "invalid-file-system"
    case invalidDuration = "invalid-duration"
    case unknownVerb = "unknown-verb"

    // Name resolution.
    case undefinedNamespace = "undefined-namespace"
    case undefinedTier = "undefined-tier"
    case ambiguousTier = "ambiguous-tier"
    case tierOutsideNamespace = "tier-outside-namespace"
    case undefinedStore = "undefined-store"
    case storeOutsideNamespace = "store-outside-namespace"
    case undefinedRole = "undefined-role"
    case bindNeedsClusterRole = "bind-needs-cluster-role"
    case bindNamespaceOnRole = "bind-namespace-on-role"
    case subjectNeedsNamespace = "subject-needs-namespace"
    case storeServiceAccountNamespace = "store-serviceaccount-namespace"
    case serviceAccountConflict = "serviceaccount-conflict"
    case serviceAccountPattern = "serviceaccount-pattern"
    case sharedServiceAccountSecurityGroups = "shared-serviceaccount-security-groups"
    case reservedLabel = "reserved-label"

    // Cross-checks.
    case kmsKeyElsewhere = "kms-key-elsewhere"
    case selfFlow = "self-flow"
    case unreachableTier = "unreachable-tier"
    case unusedStore = "unused-store"
    case systemMasters = "system-masters"
    case unencryptedStorage = "unencrypted-storage"
    case denyWithoutAllow = "deny-without-allow"
    case podIdentityPattern = "pod-identity-pattern"
    case tooManySecurityGroups = "too-many-security-groups"
    case securityGroupsPattern = "security-groups-pattern"
    case ebsParameter = "ebs-parameter"
    case efsParameter = "efs-parameter"
    case storageBackend = "storage-backend"
    case multipleDefaultStorageClasses = "multiple-default-storage-classes"
    case cidrOnlyFlow = "cidr-only-flow"
    case nonResourceURLInRole = "non-resource-url-in-role"

    // Model checks (`Checks/`): limits and collisions of what the build writes.
    case outputNameTooLong = "output-name-too-long"
}
