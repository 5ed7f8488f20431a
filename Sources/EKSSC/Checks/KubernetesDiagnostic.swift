/// The diagnostics about the Kubernetes objects the build writes that need the lowered view of
/// the model (stage `kubernetes`), found by `AWSAuthCheck` and `NetworkReachabilityCheck`.
enum KubernetesDiagnostic: String, DiagnosticCatalog {
    /// A role ARN with a path was reduced to its path-less form for aws-auth.
    case roleARNPathRemoved = "role-arn-path-removed"
    /// aws-auth maps users or roles but no node role, so nodes cannot join.
    case awsAuthWithoutNodeRole = "aws-auth-without-node-role"
    /// An app with an IAM role whose pods are behind default deny with no way to AWS.
    case awsUnreachable = "aws-unreachable"
    /// An app without a tier in a namespace with a default-deny policy.
    case isolatedAppWithoutTier = "isolated-app-without-tier"

    static let stage = "kubernetes"
}
