/// What to know about the aws-auth ConfigMap the build writes: a role ARN whose path is removed
/// (a note: aws-auth matches roles without their path, so ekssc writes it that way; access
/// entries keep the path), and, as a warning, mappings without any node role (nodes
/// that authenticate through aws-auth could not join). Nothing when the cluster authenticates
/// through the EKS API only, where no aws-auth is written.
struct AWSAuthCheck: ModelCheck {
    init() {}

    func diagnostics(for model: SecurityModel) -> [Diagnostic] {
        guard model.cluster.authenticationMode != .api,
              !model.principals.isEmpty || !model.nodeRoles.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        let roles = model.nodeRoles.map { ($0.arn, $0.range) }
            + model.principals.filter { $0.kind == .role }.map { ($0.arn, $0.range) }
        for (arn, range) in roles {
            guard let path = arn.rolePath else { continue }
            diagnostics.append(KubernetesDiagnostic.roleARNPathRemoved(
                .note, "role ARN path '\(path)' removed in aws-auth, which matches roles without their path", at: range))
        }
        if model.nodeRoles.isEmpty, let first = model.principals.min(by: { $0.range < $1.range }) {
            diagnostics.append(KubernetesDiagnostic.awsAuthWithoutNodeRole(
                .warning, "aws-auth has no node role; nodes will not be able to join", at: first.range))
        }
        return diagnostics
    }
}
