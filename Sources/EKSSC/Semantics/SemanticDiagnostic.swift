/// Every diagnostic semantic analysis and the model checks (`Checks/`) can emit. The raw value
/// is the id's name part (`semantics.<raw value>`), each case's `///` line shows its message
/// shape(s) (`CatalogDocumentationTests` checks every catalog has them), and each case has a fixture in
/// `Tests/EKSSCTests/Fixtures/diagnostics`.
enum SemanticDiagnostic: String, DiagnosticCatalog {
    static let stage = "semantics"

    // Structure of the file.
    /// `no 'cluster' declaration`
    case missingCluster = "missing-cluster"
    /// `a file declares one cluster; 'other' is a second`
    case duplicateCluster = "duplicate-cluster"
    /// `cluster 'demo' has no 'oidc' setting`, `secret store 'shop/vault' has no 'provider' setting`
    case missingSetting = "missing-setting"
    /// `duplicate setting 'region'`
    case duplicateSetting = "duplicate-setting"
    /// `duplicate namespace 'shop'`
    case duplicateDeclaration = "duplicate-declaration"
    /// `unknown endpoint access 'privat': expected private, public or public-and-private`
    case unknownWord = "unknown-word"
    /// `invalid pod-security version '1.30': expected 'latest' or 'v1.<minor>'`, `secret 'db' reads nothing`
    case invalidValue = "invalid-value"

    // Values.
    /// `invalid AWS account '12345': expected exactly 12 digits`
    case invalidAccount = "invalid-account"
    /// `unknown region 'us-west-99': expected an AWS region such as 'us-west-2'`
    case invalidRegion = "invalid-region"
    /// `invalid OIDC issuer 'http://...': expected 'https://oidc.eks.<region>.amazonaws.com/id/<ID>'`
    case invalidOIDCIssuer = "invalid-oidc-issuer"
    /// `the OIDC issuer is in region 'us-east-1' but the cluster is in 'us-west-2'`
    case oidcRegionMismatch = "oidc-region-mismatch"
    /// `expected a KMS key ARN (key/<id>), got an alias '...:alias/eks'`,
    /// `invalid S3 destination '...': expected ...`
    case invalidARN = "invalid-arn"
    /// `invalid IAM action 's3GetObject': expected 'service:Action' such as 's3:GetObject', or '*'`
    case invalidAction = "invalid-action"
    /// `unknown IAM condition operator 'StringEqual'`
    case invalidConditionOperator = "invalid-condition-operator"
    /// `unknown EKS access policy 'AmazonEKSViewPolcy': expected a name such as 'AmazonEKSViewPolicy'`
    case invalidAccessPolicy = "invalid-access-policy"
    /// `invalid namespace name 'Shop_1': expected lowercase letters, digits and '-', starting and ending with a letter or digit`
    case invalidName = "invalid-name"
    /// `invalid label value '-payments': expected at most 63 letters, digits, '-', '_' or '.', ...`
    case invalidLabel = "invalid-label"
    /// `invalid port '70000': expected a number from 1 to 65535`
    case invalidPort = "invalid-port"
    /// `unknown protocol 'tpc': expected tcp, udp or sctp`
    case invalidProtocol = "invalid-protocol"
    /// `invalid CIDR '10.0.0/8': expected an address and a prefix length such as '10.0.0.0/16'`
    case invalidCIDR = "invalid-cidr"
    /// `CIDR '10.0.0.1/8' has host bits set`
    case cidrHostBits = "cidr-host-bits"
    /// `except CIDR '10.1.0.0/24' is not inside '10.0.0.0/16'`
    case exceptOutsideCIDR = "except-outside-cidr"
    /// `invalid security group id 'sg-123': expected 'sg-' and 8 or 17 lowercase hex digits`
    case invalidSecurityGroup = "invalid-security-group"
    /// `invalid EFS file system id 'fs-1': expected 'fs-' and 8 or 17 lowercase hex digits`
    case invalidFileSystem = "invalid-file-system"
    /// `invalid duration '1d': expected a number and a unit (s, m, h) such as '30s', '15m' or '1h30m'`
    case invalidDuration = "invalid-duration"
    /// `unknown verb 'lsit'` (a warning: custom verbs exist)
    case unknownVerb = "unknown-verb"

    // Name resolution.
    /// `undefined namespace 'shopp'`
    case undefinedNamespace = "undefined-namespace"
    /// `undefined tier 'wbe'`
    case undefinedTier = "undefined-tier"
    /// `tier 'web' is ambiguous: it is declared as 'admin/web', 'shop/web'`
    case ambiguousTier = "ambiguous-tier"
    /// `tier 'admin/web' is not in the app's namespace 'shop'`
    case tierOutsideNamespace = "tier-outside-namespace"
    /// `undefined secret store 'valt'`
    case undefinedStore = "undefined-store"
    /// `secretstore 'admin/vault' is not in the app's namespace 'shop'`
    case storeOutsideNamespace = "store-outside-namespace"
    /// `no role 'develper' in namespace 'shop' and no clusterrole 'develper'`
    case undefinedRole = "undefined-role"
    /// `'developer' is a role in namespace 'shop'; without 'in' a clusterrole is needed`
    case bindNeedsClusterRole = "bind-needs-cluster-role"
    /// `a role is bound in its own namespace 'shop'; 'in' is for a clusterrole`
    case bindNamespaceOnRole = "bind-namespace-on-role"
    /// `serviceaccount 'robot' needs a namespace`
    case subjectNeedsNamespace = "subject-needs-namespace"
    /// `clustersecretstore 'shared' needs the namespace of its serviceaccount`
    case storeServiceAccountNamespace = "store-serviceaccount-namespace"
    /// `'namespaces' applies to a clustersecretstore; secretstore 'vault' is only usable in 'shop'`
    case storeConditionOnNamespacedStore = "store-condition-on-namespaced-store"
    /// `clustersecretstore 'platform' does not admit namespace 'tools'`
    case storeNamespaceNotAdmitted = "store-namespace-not-admitted"
    /// `apps 'api' and 'worker' share serviceaccount 'shop/backend' with different IAM roles`
    case serviceAccountConflict = "serviceaccount-conflict"
    /// `serviceaccount pattern '*' admits too many serviceaccounts: it needs at least 3 fixed characters before '*'`,
    /// `serviceaccount pattern '?' may not contain '?'`
    case serviceAccountPattern = "serviceaccount-pattern"
    /// `app 'worker' shares serviceaccount 'shop/backend' with app 'api'; its security groups would not apply`
    case sharedServiceAccountSecurityGroups = "shared-serviceaccount-security-groups"
    /// `label 'app.kubernetes.io/managed-by' is owned by ekssc: ekssc sets 'app.kubernetes.io/managed-by' on every object it writes`
    case reservedLabel = "reserved-label"
    /// `'arn:aws:iam::123456789012:role/eks-node-role' is mapped twice`,
    /// `'...role/ops/eks-node-role' is already mapped into the cluster as '...role/eks-node-role'`
    case duplicatePrincipal = "duplicate-principal"
    /// `role 'eks-node-role' of app 'shop/api' is also mapped into the cluster by 'nodes'`
    case workloadRoleMapped = "workload-role-mapped"
    /// `clusterrole 'cluster-admin' would replace a built-in Kubernetes role`
    case builtInRole = "built-in-role"
    /// `remote key 'prod/*' contains a wildcard: a remote key names one secret`
    case invalidRemoteKey = "invalid-remote-key"
    /// `every secret under 'prod/app/' in store 'shop/vault' becomes readable by the store's role and is copied into secret 'settings'`
    case prefixRead = "prefix-read"

    // Cross-checks.
    /// `KMS key is in account '210987654321', not in the cluster's account '123456789012'`
    case kmsKeyElsewhere = "kms-key-elsewhere"
    /// `KMS key is in region 'us-east-1', but what it encrypts is in 'us-west-2'`
    case kmsKeyRegion = "kms-key-region"
    /// `'arn:aws:kms:cn-north-1:...' is in partition 'aws', but the cluster's region 'cn-north-1' is in 'aws-cn'`
    case partitionMismatch = "partition-mismatch"
    /// `flow from tier 'shop/web' to itself`
    case selfFlow = "self-flow"
    /// `no flow goes to tier 'shop/web'`
    case unreachableTier = "unreachable-tier"
    /// `no secret uses store 'shop/vault'`
    case unusedStore = "unused-store"
    /// `this role has a 'deny' but grants nothing`
    case denyWithoutAllow = "deny-without-allow"
    /// `'pod-identity' needs an exact serviceaccount, not the pattern 'batch-*'`
    case podIdentityPattern = "pod-identity-pattern"
    /// `6 security groups given; a SecurityGroupPolicy takes at most 5`
    case tooManySecurityGroups = "too-many-security-groups"
    /// `'security-groups' needs an exact serviceaccount, not the pattern 'batch-*'`
    case securityGroupsPattern = "security-groups-pattern"
    /// `'iops' cannot be set for EBS type 'gp2'`
    case ebsParameter = "ebs-parameter"
    /// `'fstype' does not apply to an EFS storage class`
    case efsParameter = "efs-parameter"
    /// `storage class 'empty' has neither 'ebs' nor 'efs'`
    case storageBackend = "storage-backend"
    /// `storage classes 'fast' and 'cheap' are both marked 'default'`
    case multipleDefaultStorageClasses = "multiple-default-storage-classes"
    /// `a flow between two CIDRs says nothing about the cluster's pods`
    case cidrOnlyFlow = "cidr-only-flow"
    /// `flow into tier 'shop/jobs', which says 'ingress none'`
    case flowIntoEgressOnlyTier = "flow-into-egress-only-tier"
    /// `non-resource URL '/healthz' in a namespaced role`
    case nonResourceURLInRole = "non-resource-url-in-role"
    /// `role 'shop/reader' is namespaced; only a clusterrole is aggregated`
    case aggregationOnRole = "aggregation-on-role"
    /// `clusterrole 'monitoring' is aggregated: the control plane replaces its 'allow' rules`
    case aggregatedRoleRules = "aggregated-role-rules"
    /// `no declared clusterrole matches the selectors of 'monitoring'`
    case aggregationSelectsNothing = "aggregation-selects-nothing"

    // Ownership of namespaces by team files (`owner`).
    /// `tier 'shop/web' is in namespace 'shop', which 'team-shop' owns`, `this flow reaches namespace 'shop', which 'team-shop' owns`
    case ownedNamespace = "owned-namespace"
    /// `a file of owner 'team-shop' declares only what lives in its namespaces; <why the declaration belongs to the platform>`
    case outsideOwnedNamespaces = "outside-owned-namespaces"
    /// `namespace 'shop' is already owned by 'team-batch'`
    case namespaceOwnedTwice = "namespace-owned-twice"
    /// `template 'web' belongs to owner 'team-a'; only its own files may use it`, `constant 'vpc' belongs to ...`
    case foreignReuse = "foreign-reuse"

    // Model checks (`Checks/`): limits and collisions of what the build writes.
    /// `mapping 'aaaa...' would be written to a file named 'aaaa...' of 265 bytes; file systems allow at most 255`
    case outputNameTooLong = "output-name-too-long"
    /// `the binding of 'x' and the binding of 'x-clusterrole' would both be written to 'kubernetes/shop/rolebinding-x-clusterrole-binding.yaml'`
    case outputPathCollision = "output-path-collision"
}
