/// The diagnostics of `IAMRoleLimitCheck` (stage `iam`): limits that AWS enforces on roles and
/// their policies, and role names that two declarations would fight over.
///
/// Every case has a fixture in `Tests/EKSSCTests/Fixtures/diagnostics/iam.<case>.sec`.
enum IAMDiagnostic: String, DiagnosticCatalog {
    /// The minified trust policy is over IAM's 2,048 character limit.
    case trustPolicyTooLarge = "trust-policy-too-large"
    /// The minified inline permission policy is over IAM's 10,240 character limit.
    case inlinePolicyTooLarge = "inline-policy-too-large"
    /// More managed policies than IAM lets a role attach (10 by default, 20 at most).
    case tooManyManagedPolicies = "too-many-managed-policies"
    /// Two apps or stores end up with the same role name but different roles.
    case conflictingRole = "conflicting-role"

    static let stage = "iam"
}
