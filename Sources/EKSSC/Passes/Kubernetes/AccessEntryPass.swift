/// Lowers node roles and mapped IAM principals to EKS access entries: AWS CLI inputs for
/// `eks create-access-entry` and `eks associate-access-policy` (see `EKSAccessEntry` for what
/// an entry holds). ARNs are used as declared: access entries accept role paths.
struct AccessEntryPass: LoweringPass {
    init() {}

    /// `access-entries/nodes/<role name>.json`, relative to `aws/`.
    static func path(of node: NodeRole) -> String { entryPath(name: node.arn.roleName, isNode: true) }

    /// `access-entries/<name>.json`.
    static func path(of principal: IAMPrincipal) -> String { entryPath(name: principal.name, isNode: false) }

    /// `access-policies/<name>-<policy>.json`.
    static func path(of association: AccessPolicyAssociation, for principal: IAMPrincipal) -> String {
        associationPath(entryName: principal.name, policyName: association.policyName)
    }

    static func entryPath(name: String, isNode: Bool) -> String {
        isNode ? "access-entries/nodes/\(name).json" : "access-entries/\(name).json"
    }

    static func associationPath(entryName: String, policyName: String) -> String {
        "access-policies/\(entryName)-\(policyName).json"
    }

    func run(_ model: SecurityModel) -> PassOutput {
        let cluster = model.cluster
        var inputs: [AWSCLIInput] = []
        for entry in EKSAccessEntry.all(in: model) {
            inputs.append(AWSCLIInput(
                path: Self.entryPath(name: entry.name, isNode: entry.type == .ec2Linux), command: "eks create-access-entry",
                document: .map([
                    "clusterName": .string(cluster.name),
                    "principalArn": .string(entry.principalARN),
                    "kubernetesGroups": .nonEmptyStrings(entry.kubernetesGroups),
                    "username": entry.username.map(Document.string),
                    "type": .string(entry.type.rawValue),
                ])))
            for association in entry.associations {
                inputs.append(AWSCLIInput(
                    path: Self.associationPath(entryName: entry.name, policyName: association.policyName),
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
