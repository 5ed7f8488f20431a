/// Every lint rule, in one place, in the order of docs/rules.md.
///
/// EKS-IAM-005 (a resource in another partition) and EKS-ID-002 (an app's role mapped into the
/// cluster) are retired: both became errors of semantic analysis (`semantics.partition-mismatch`,
/// `semantics.workload-role-mapped`), which no waiver can silence.
enum LintCatalog {
    static let rules: [any LintRule] = [
        // IAM
        WildcardAction(), WriteOnAnyResource(), PrivilegeEscalationAction(), AdminManagedPolicy(),
        UnknownService(), UnknownAction(), WildcardMatchesNothing(),
        UnknownConditionKey(), ResourceTypeMismatch(), MissingPermissionsBoundary(),
        // Identity
        ServiceAccountPattern(), CrossAccountPrincipal(), SystemUsername(),
        HumanInSystemNodes(), SystemMasters(),
        // RBAC
        WildcardRBAC(), EscalationVerbs(), SensitiveSubresources(), SecretsRead(), BroadSubjectBinding(),
        RoleInKubeSystem(),
        // Network
        WideIngress(), AdminPortFromOutside(), AllPortsFlow(), MetadataEgress(), NamespaceWithoutDefaultDeny(),
        // Cluster
        PublicEndpoint(), NoSecretsEncryption(), AuditLoggingMissing(), ConfigMapAuthentication(),
        // Pods and storage
        PrivilegedPodSecurity(), MissingPodSecurity(), UnencryptedEBS(), EBSWithoutCustomerKey(),
        UnrestrictedClusterSecretStore(),
        // Waivers
        WaiverWithoutReason(), UnknownWaivedRule(), UnusedWaiver(),
    ]

    private static let byID: [String: Int] = Dictionary(
        uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })

    static func rule(_ id: String) -> (any LintRule)? {
        byID[id].map { rules[$0] }
    }

    /// The rule's position in `rules` (SARIF `ruleIndex`).
    static func index(of id: String) -> Int? { byID[id] }

    /// Rules about `waive` statements themselves, which cannot be waived.
    static func isWaiverRule(_ id: String) -> Bool { id.hasPrefix("EKS-WAIVE-") }
}
