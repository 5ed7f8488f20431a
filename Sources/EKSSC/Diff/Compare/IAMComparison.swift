/// Compares the IAM roles a build declares with the roles the account has.
enum IAMComparison {
    /// The name ekssc puts a role's inline policy under
    /// (`aws iam put-role-policy --policy-name ekssc`).
    static let inlinePolicyName = "ekssc"

    /// One entry per declared role, in the build's (name) order. `live[name]` is nil or
    /// `.some(nil)` for a role that does not exist.
    static func compare(desired: [IAMRoleArtifact], live: [String: LiveRole?]) -> [RoleDrift] {
        desired.map { role in
            guard let found = live[role.roleName], let liveRole = found else {
                return RoleDrift(roleName: role.roleName, status: .toCreate)
            }
            return compareRole(role, liveRole)
        }
    }

    static func compareRole(_ desired: IAMRoleArtifact, _ live: LiveRole) -> RoleDrift {
        var changes: [RoleDrift.Change] = []
        func compare(_ part: RoleDrift.Change.Part, _ wanted: Document, _ actual: Document) {
            guard wanted != actual else { return }
            changes.append(RoleDrift.Change(part: part, diff: UnifiedDiff.hunks(old: DiffLines(actual),
                                                                                new: DiffLines(wanted))))
        }
        compare(.trustPolicy, PolicyNormalizer.normalize(desired.trustPolicy), PolicyNormalizer.normalize(live.trustPolicy))
        compare(.inlinePolicy, desired.permissionPolicy.map(PolicyNormalizer.normalize) ?? .null,
                live.inlinePolicy.map(PolicyNormalizer.normalize) ?? .null)
        compare(.managedPolicies, .strings(Array(Set(desired.managedPolicyARNs)).sorted()),
                .strings(Array(Set(live.managedPolicyARNs)).sorted()))
        compare(.permissionsBoundary, desired.permissionsBoundary.map(Document.string) ?? .null,
                live.permissionsBoundary.map(Document.string) ?? .null)
        let failures = desired.serviceAccount.map {
            IRSATrustCheck.failures(for: $0, desired: desired.trustPolicy, live: live.trustPolicy)
        } ?? []
        return RoleDrift(roleName: desired.roleName, status: changes.isEmpty ? .unchanged : .changed,
                         changes: changes, irsaFailures: failures)
    }
}
