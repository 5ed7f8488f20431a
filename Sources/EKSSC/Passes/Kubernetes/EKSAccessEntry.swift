/// One EKS access entry as the model asks for it: the one description that both the AWS CLI
/// inputs (`AccessEntryPass`) and the CloudFormation template (`EKSStackPass`) render.
///
/// EKS rejects Kubernetes groups that start with `system:` in an access entry, so they are
/// dropped; `system:masters` becomes an association of `AmazonEKSClusterAdminPolicy` at cluster
/// scope instead. Node roles get an `EC2_LINUX` entry, which takes no username or groups.
struct EKSAccessEntry: Sendable {
    enum EntryType: String, Sendable {
        case standard = "STANDARD"
        case ec2Linux = "EC2_LINUX"
    }

    /// The declaration's name, or the node role's name for node entries.
    var name: String
    var principalARN: String
    var type: EntryType
    /// Nil for node entries.
    var username: String?
    /// Sorted, without `system:` groups.
    var kubernetesGroups: [String]
    /// Sorted by policy name, one per policy.
    var associations: [AccessPolicyAssociation]

    /// The access policy that grants what `system:masters` grants.
    static let clusterAdminPolicy = "AmazonEKSClusterAdminPolicy"

    /// Every entry of the model, nodes first, each group sorted by ARN; none when the cluster
    /// authenticates through the ConfigMap only, where EKS refuses access entries.
    static func all(in model: SecurityModel) -> [EKSAccessEntry] {
        guard model.cluster.authenticationMode != .configMap else { return [] }
        let nodes = model.nodeRoles.map { node in
            EKSAccessEntry(name: node.arn.roleName, principalARN: node.arn.description, type: .ec2Linux,
                           username: nil, kubernetesGroups: [], associations: [])
        }
        let principals = model.principals.map { principal in
            EKSAccessEntry(name: principal.name, principalARN: principal.arn.description, type: .standard,
                           username: principal.username,
                           kubernetesGroups: principal.groups.filter { !$0.hasPrefix("system:") },
                           associations: associations(of: principal))
        }
        return nodes + principals
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
}
