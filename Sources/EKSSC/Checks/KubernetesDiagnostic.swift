/// The diagnostics about the Kubernetes objects the build writes that need the lowered view of
/// the model (stage `kubernetes`), found by `AWSAuthCheck`.
public enum KubernetesDiagnostic: String, DiagnosticCatalog {
    /// A role ARN with a path was reduced to its path-less form for aws-auth.
    case roleARNPathRemoved = "role-arn-path-removed"
    /// aws-auth maps users or roles but no node role, so nodes cannot join.
    case awsAuthWithoutNodeRole = "aws-auth-without-node-role"

    public static let stage = "kubernetes"
}
