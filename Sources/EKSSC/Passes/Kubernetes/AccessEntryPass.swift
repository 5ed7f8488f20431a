/// Lowers node roles and mapped IAM principals to EKS access entries: AWS CLI inputs for
/// `eks create-access-entry` and `eks associate-access-policy` (see `EKSAccessEntry` for what
/// an entry holds). ARNs are used as declared: access entries accept role paths.
public struct AccessEntryPass: LoweringPass {
    public init() {}

    public func run(_ model: SecurityModel) -> PassOutput {
        let cluster = model.cluster
        var inputs: [AWSCLIInput] = []
        for entry in EKSAccessEntry.all(in: model) {
            let folder = entry.type == .ec2Linux ? "access-entries/nodes" : "access-entries"
            inputs.append(AWSCLIInput(
                path: "\(folder)/\(entry.name).json", command: "eks create-access-entry",
                document: .map([
                    "clusterName": .string(cluster.name),
                    "principalArn": .string(entry.principalARN),
                    "kubernetesGroups": .nonEmptyStrings(entry.kubernetesGroups),
                    "username": entry.username.map(Document.string),
                    "type": .string(entry.type.rawValue),
                ])))
            for association in entry.associations {
                inputs.append(AWSCLIInput(
                    path: "access-policies/\(entry.name)-\(association.policyName).json",
                    command: "eks associate-access-policy",
                    document: .map([
                        "clusterName": .string(cluster.name),
                        "principalArn": .string(entry.principalARN),
                        "policyArn": .string(association.policyARN(partition: cluster.partition)),
                        "accessScope": Self.scope(of: association),
                    ])))
            }
        }
        return PassOutput(awsInputs: inputs.sorted { $0.path < $1.path })
    }

    /// `{"type": "cluster"}` or `{"type": "namespace", "namespaces": [...]}`.
    static func scope(of association: AccessPolicyAssociation) -> Document {
        association.namespaces.isEmpty
            ? .map(["type": .string("cluster")])
            : .map(["type": .string("namespace"), "namespaces": .strings(association.namespaces)])
    }
}
