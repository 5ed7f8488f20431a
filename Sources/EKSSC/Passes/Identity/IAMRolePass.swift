/// Lowers every app's `iam-role` block and every secret store's service account into an IAM role:
/// trust policy (IRSA or Pod Identity), inline permission policy and managed attachments.
///
/// Which declarations share a role is `IAMRolePlan`'s decision; IAM's limits and role name
/// conflicts are checked on the same plan by `IAMRoleLimitCheck`, before any pass runs.
struct IAMRolePass: LoweringPass {
    init() {}

    func run(_ model: SecurityModel) -> PassOutput {
        PassOutput(iamRoles: IAMRolePlan(model).roles.map { $0.artifact(in: model.cluster) }
            .sorted { $0.roleName < $1.roleName })
    }
}
