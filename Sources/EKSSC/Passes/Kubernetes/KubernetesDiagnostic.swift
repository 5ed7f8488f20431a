/// The diagnostics of the Kubernetes-side passes (namespaces, network policies, RBAC, aws-auth,
/// access entries, storage classes). The analyzer has already rejected invalid input; these are
/// the findings that only appear while lowering.
public enum KubernetesDiagnostic: String, DiagnosticCatalog {
    /// A role ARN with a path was reduced to its path-less form for aws-auth.
    case roleARNPathRemoved = "role-arn-path-removed"
    /// aws-auth maps users or roles but no node role, so nodes cannot join.
    case awsAuthWithoutNodeRole = "aws-auth-without-node-role"

    public static let stage = "kubernetes"
}
