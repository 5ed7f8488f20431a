extension IAMRolePass {
    /// An error when a second declaration's role has the same name as an earlier one but is not
    /// the same role; nil when they are identical (two apps sharing one service account and role).
    func conflict(between first: IAMRoleCandidate, and second: IAMRoleCandidate) -> Diagnostic? {
        let a = first.artifact
        let b = second.artifact
        let name = b.roleName
        let difference: String
        if a.trustPolicy != b.trustPolicy {
            difference = "a different trust policy"
        } else if a.permissionPolicy != b.permissionPolicy || a.managedPolicyARNs != b.managedPolicyARNs
                    || a.permissionsBoundary != b.permissionsBoundary {
            difference = "different permissions"
        } else {
            return nil
        }
        return IAMDiagnostic.conflictingRole(
            .error, "role '\(name)' of \(second.owner) is already declared by \(first.owner) with \(difference)",
            at: second.range, notes: [DiagnosticNote("role '\(name)' of \(first.owner)", at: first.range)],
            hint: "give one of them its own role name with 'iam-role NAME'")
    }

    /// Errors for a role over IAM's size and attachment limits.
    func limitDiagnostics(for candidate: IAMRoleCandidate) -> [Diagnostic] {
        let role = candidate.artifact
        var diagnostics: [Diagnostic] = []
        let trustSize = IAMPolicySize.characterCount(role.trustPolicy)
        if trustSize > IAMPolicySize.trustPolicyLimit {
            diagnostics.append(IAMDiagnostic.trustPolicyTooLarge(
                .error, "trust policy of role '\(role.roleName)' has \(trustSize) characters; "
                    + "IAM allows at most \(IAMPolicySize.trustPolicyLimit)",
                at: candidate.range))
        }
        if let policy = role.permissionPolicy {
            let size = IAMPolicySize.characterCount(policy)
            if size > IAMPolicySize.inlinePolicyLimit {
                diagnostics.append(IAMDiagnostic.inlinePolicyTooLarge(
                    .error, "inline policy of role '\(role.roleName)' has \(size) characters; "
                        + "IAM allows at most \(IAMPolicySize.inlinePolicyLimit)",
                    at: candidate.range, hint: "move some statements into a managed policy"))
            }
        }
        let count = candidate.managedPolicyCount
        if count > IAMPolicySize.managedPolicyMaximumQuota {
            diagnostics.append(IAMDiagnostic.tooManyManagedPolicies(
                .error, "role '\(role.roleName)' attaches \(count) managed policies; "
                    + "IAM allows at most \(IAMPolicySize.managedPolicyMaximumQuota)",
                at: candidate.range))
        } else if count > IAMPolicySize.managedPolicyDefaultQuota {
            diagnostics.append(IAMDiagnostic.tooManyManagedPolicies(
                .error, "role '\(role.roleName)' attaches \(count) managed policies "
                    + "(the default quota is \(IAMPolicySize.managedPolicyDefaultQuota); "
                    + "up to \(IAMPolicySize.managedPolicyMaximumQuota) with a quota increase)",
                at: candidate.range))
        }
        return diagnostics
    }
}
