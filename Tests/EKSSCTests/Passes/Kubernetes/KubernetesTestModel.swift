@testable import EKSSC

/// Shared values for the Kubernetes pass tests.
enum KubernetesTestModel {
    static let cluster = Cluster(
        name: "my-cluster", account: "123456789012", region: "us-west-2", partition: .aws,
        oidcIssuer: "https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLE")

    /// An IAM ARN in the test account: `iam("user/john")`.
    static func iam(_ resource: String) -> ARN {
        ARN(partition: .aws, service: "iam", region: "", account: "123456789012", resource: resource)
    }

    static func range(_ start: Int, _ end: Int) -> SourceRange { SourceRange(start: start, end: end) }

    /// Every manifest of a pass output rendered, one after another.
    static func manifestTexts(_ output: PassOutput) -> [String] {
        output.manifests.map { DocumentText.render($0.document) }
    }
}
