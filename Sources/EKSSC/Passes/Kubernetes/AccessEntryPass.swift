/// Lowers node roles and mapped IAM principals to EKS access entries: AWS CLI inputs for
/// `eks create-access-entry` and `eks associate-access-policy`.
///
/// EKS rejects Kubernetes groups that start with `system:` in an access entry, so they are
/// dropped; `system:masters` becomes an association of `AmazonEKSClusterAdminPolicy` at cluster
/// scope instead (the analyzer already warns at the group). ARNs are used as declared: access
/// entries accept role paths. Nothing is emitted when the cluster authenticates through the
/// ConfigMap only, where EKS refuses access entries.
public struct AccessEntryPass: LoweringPass {
    /// The access policy that grants what `system:masters` grants.
    static let clusterAdminPolicy = "AmazonEKSClusterAdminPolicy"

    public init() {}

    /// `access-entries/nodes/<role name>.json`, relative to `aws/`.
    public static func path(of node: NodeRole) -> String { "access-entries/nodes/\(node.arn.roleName).json" }

    /// `access-entries/<name>.json`.
    public static func path(of principal: IAMPrincipal) -> String { "access-entries/\(principal.name).json" }

    /// `access-policies/<name>-<policy>.json`.
    public static func path(of association: AccessPolicyAssociation, for principal: IAMPrincipal) -> String {
        "access-policies/\(principal.name)-\(association.policyName).json"
    }

    public func run(_ model: SecurityModel) -> PassOutput {
        guard model.cluster.authenticationMode != .configMap else { return PassOutput() }
        let cluster = model.cluster
        var inputs: [AWSCLIInput] = []
        for node in model.nodeRoles {
            inputs.append(AWSCLIInput(
                path: Self.path(of: node), command: "eks create-access-entry",
                document: .map([
                    "clusterName": .string(cluster.name),
                    "principalArn": .string(node.arn.description),
                    "type": .string("EC2_LINUX"),
                ])))
        }
        for principal in model.principals {
            inputs.append(AWSCLIInput(
                path: Self.path(of: principal), command: "eks create-access-entry",
                document: .map([
                    "clusterName": .string(cluster.name),
                    "principalArn": .string(principal.arn.description),
                    "kubernetesGroups": .nonEmptyStrings(principal.groups.filter { !$0.hasPrefix("system:") }),
                    "username": .string(principal.username),
                    "type": .string("STANDARD"),
                ])))
            for association in Self.associations(of: principal) {
                inputs.append(AWSCLIInput(
                    path: Self.path(of: association, for: principal),
                    command: "eks associate-access-policy",
                    document: .map([
                        "clusterName": .string(cluster.name),
                        "principalArn": .string(principal.arn.description),
                        "policyArn": .string(association.policyARN(partition: cluster.partition)),
                        "accessScope": Self.scope(of: association),
                    ])))
            }
        }
        return PassOutput(awsInputs: inputs.sorted { $0.path < $1.path })
    }

    /// The declared associations plus the `system:masters` translation, one per policy (an
    /// association replaces the previous scope of the same policy): cluster scope wins, otherwise
    /// the namespaces are merged. Sorted by policy name.
    static func associations(of principal: IAMPrincipal) -> [AccessPolicyAssociation] {
        var all = principal.accessPolicies
        if principal.groups.contains("system:masters") {
            all.append(AccessPolicyAssociation(policyName: clusterAdminPolicy))
        }
        var merged: [String: AccessPolicyAssociation] = [:]
        for association in all {
            guard var existing = merged[association.policyName] else {
                merged[association.policyName] = association
                continue
            }
            if existing.namespaces.isEmpty || association.namespaces.isEmpty {
                existing.namespaces = []
            } else {
                existing.namespaces = Array(Set(existing.namespaces + association.namespaces)).sorted()
            }
            merged[association.policyName] = existing
        }
        return merged.values.sorted()
    }

    /// `{"type": "cluster"}` or `{"type": "namespace", "namespaces": [...]}`.
    static func scope(of association: AccessPolicyAssociation) -> Document {
        association.namespaces.isEmpty
            ? .map(["type": .string("cluster")])
            : .map(["type": .string("namespace"), "namespaces": .strings(association.namespaces)])
    }
}
