/// IAM roles that cannot be created as the build would write them: a role name two declarations
/// want with different trust policies or boundaries (derived names can meet: `a/b-c` and `a-b/c`),
/// and roles over IAM's size and attachment limits. Judged on `IAMRolePlan`, the roles the
/// build writes.
struct IAMRoleLimitCheck: ModelCheck {
    init() {}

    func diagnostics(for model: SecurityModel) -> [Diagnostic] {
        let plan = IAMRolePlan(model)
        return plan.conflicts.map { conflict(between: $0.first, and: $0.second) }
            + zip(plan.roles, plan.trustPolicySizes).flatMap { limitDiagnostics(for: $0, trustSize: $1) }
    }

    /// The error for a later declaration's role that has the same name as an earlier one but
    /// cannot be the same role: another trust policy or another permissions boundary.
    func conflict(between first: IAMRoleCandidate, and second: IAMRoleCandidate) -> Diagnostic {
        let difference = first.trustPolicy != second.trustPolicy
            ? "a different trust policy" : "a different permissions boundary"
        let name = second.roleName
        return IAMDiagnostic.conflictingRole(
            .error, "role '\(name)' of \(second.owner) is already declared by \(first.owner) with \(difference)",
            at: second.range, notes: [DiagnosticNote("role '\(name)' of \(first.owner)", at: first.range)],
            hint: "give one of them its own role name with 'iam-role NAME'")
    }

    /// Errors for a role over IAM's size and attachment limits. `trustSize` is the
    /// `IAMPolicySize.characterCount` of its trust policy (the plan measures it as it builds it).
    func limitDiagnostics(for candidate: IAMRoleCandidate, trustSize: Int) -> [Diagnostic] {
        let name = candidate.roleName
        var diagnostics: [Diagnostic] = []
        if trustSize > IAMPolicySize.trustPolicyLimit {
            diagnostics.append(IAMDiagnostic.trustPolicyTooLarge(
                .error, "trust policy of role '\(name)' has \(trustSize) characters; "
                    + "IAM allows at most \(IAMPolicySize.trustPolicyLimit)",
                at: candidate.range))
        }
        // The document is built and measured only when its bound could be over the limit.
        if Self.inlinePolicyBound(candidate.statements) > IAMPolicySize.inlinePolicyLimit,
           let policy = PermissionStatement.policy(candidate.statements) {
            let size = IAMPolicySize.characterCount(policy)
            if size > IAMPolicySize.inlinePolicyLimit {
                diagnostics.append(IAMDiagnostic.inlinePolicyTooLarge(
                    .error, "inline policy of role '\(name)' has \(size) characters; "
                        + "IAM allows at most \(IAMPolicySize.inlinePolicyLimit)",
                    at: candidate.range, hint: "move some statements into a managed policy"))
            }
        }
        let count = candidate.managedPolicies.count
        if count > IAMPolicySize.managedPolicyMaximumQuota {
            diagnostics.append(IAMDiagnostic.tooManyManagedPolicies(
                .error, "role '\(name)' attaches \(count) managed policies; "
                    + "IAM allows at most \(IAMPolicySize.managedPolicyMaximumQuota)",
                at: candidate.range))
        } else if count > IAMPolicySize.managedPolicyDefaultQuota {
            diagnostics.append(IAMDiagnostic.tooManyManagedPolicies(
                .error, "role '\(name)' attaches \(count) managed policies "
                    + "(the default quota is \(IAMPolicySize.managedPolicyDefaultQuota); "
                    + "up to \(IAMPolicySize.managedPolicyMaximumQuota) with a quota increase)",
                at: candidate.range))
        }
        return diagnostics
    }

    /// An upper bound of the size `IAMPolicySize.characterCount` gives the inline policy of
    /// `statements`, counted without building it: every string as if each byte were escaped to
    /// six characters (`\u0000`), every statement with all its keys, brackets and a Sid suffix of
    /// 20 digits. Duplicates are counted too: removing them only makes the policy smaller.
    static func inlinePolicyBound(_ statements: [PermissionStatement]) -> Int {
        func string(_ text: String) -> Int { 6 * text.utf8.count + 3 }
        // `{"Version":"2012-10-17","Statement":[...]}`
        var bound = 64
        for statement in statements {
            // Keys, braces, commas, the effect and a Sid of `Statement` and 20 digits.
            bound += 128 + (statement.sidBase.map(string) ?? 0)
            bound += statement.actions.reduce(4) { $0 + string($1) }
            bound += statement.resources.reduce(4) { $0 + string($1) }
            for condition in statement.conditions {
                bound += 16 + string(condition.operator) + string(condition.key)
                bound += condition.values.reduce(4) { $0 + string($1) }
            }
        }
        return bound
    }
}
