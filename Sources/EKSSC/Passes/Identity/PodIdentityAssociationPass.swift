/// For every app with `identity pod-identity` and an IAM role: the input of
/// `aws eks create-pod-identity-association --cli-input-json`, binding the app's ServiceAccount
/// to its role.
public struct PodIdentityAssociationPass: LoweringPass {
    public init() {}

    /// `pod-identity-associations/<namespace>/<serviceaccount>.json`, relative to `aws/`.
    public static func path(namespace: String, serviceAccount: String) -> String {
        "pod-identity-associations/\(namespace)/\(serviceAccount).json"
    }

    public func run(_ model: SecurityModel) -> PassOutput {
        var inputs: [AWSCLIInput] = []
        var seen = Set<String>()
        for app in model.apps where app.identity == .podIdentity {
            // An association names one ServiceAccount; the analyzer rejects patterns here.
            guard case .exact(let serviceAccount) = app.serviceAccount,
                  let roleARN = IAMRoleNaming.roleARN(of: app, in: model.cluster) else { continue }
            let path = Self.path(namespace: app.namespace, serviceAccount: serviceAccount)
            guard seen.insert(path).inserted else { continue }
            inputs.append(AWSCLIInput(path: path, command: "eks create-pod-identity-association", document: .map([
                "clusterName": .string(model.cluster.name),
                "namespace": .string(app.namespace),
                "serviceAccount": .string(serviceAccount),
                "roleArn": .string(roleARN),
            ])))
        }
        return PassOutput(awsInputs: inputs.sorted { $0.path < $1.path })
    }
}
