/// A role as one declaration wants it, before declarations sharing the role are merged.
struct IAMRoleCandidate {
    var roleName: String
    var serviceAccount: ServiceAccountRef
    var trustPolicy: Document
    var statements: [PermissionStatement]
    /// Sorted, unique.
    var managedPolicies: [String]
    var permissionsBoundary: String?
    /// `app 'ns/name'` or `secretstore 'ns/name'`, for diagnostics.
    var owner: String
    var range: SourceRange

    /// This role with the other declaration's statements and managed policies added.
    func merging(_ other: IAMRoleCandidate) -> IAMRoleCandidate {
        var result = self
        result.statements += other.statements
        result.managedPolicies = Array(Set(managedPolicies + other.managedPolicies)).sorted()
        return result
    }

    func artifact(in cluster: Cluster) -> IAMRoleArtifact {
        IAMRoleArtifact(roleName: roleName, roleARN: cluster.roleARN(roleName), serviceAccount: serviceAccount,
                        trustPolicy: trustPolicy, permissionPolicy: PermissionStatement.policy(statements),
                        managedPolicyARNs: managedPolicies, permissionsBoundary: permissionsBoundary)
    }
}
