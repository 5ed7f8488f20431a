/// For every app with `identity pod-identity` and an IAM role: the input of
/// `aws eks create-pod-identity-association --cli-input-json`, binding the app's ServiceAccount
/// to its role.
struct PodIdentityAssociationPass: LoweringPass {
    init() {}

    /// `pod-identity-associations/<namespace>/<serviceaccount>.json`, relative to `aws/`.
    static func path(namespace: String, serviceAccount: String) -> String {
        "pod-identity-associations/\(namespace)/" + OutputConventions.fileName(serviceAccount, extension: "json")
    }

    func run(_ model: SecurityModel) -> PassOutput {
        let inputs = PodIdentityAssociation.all(in: model).map { association in
            AWSCLIInput(
                path: Self.path(namespace: association.namespace, serviceAccount: association.serviceAccount),
                command: "eks create-pod-identity-association",
                document: .map([
                    "clusterName": .string(model.cluster.name),
                    "namespace": .string(association.namespace),
                    "serviceAccount": .string(association.serviceAccount),
                    "roleArn": .string(association.roleARN),
                ]))
        }
        return PassOutput(awsInputs: inputs.sorted { $0.path < $1.path })
    }
}
