/// A `vpcresources.k8s.aws/v1beta1` SecurityGroupPolicy (VPC resource controller, security
/// groups for pods): pods running as the selected ServiceAccounts get these groups.
public struct SecurityGroupPolicyManifest: KubernetesManifest, Hashable {
    public var metadata: ObjectMeta
    public var serviceAccountSelector: [Label]
    /// `sg-...` ids in source order; the first is the pod's primary group.
    public var groupIDs: [String]

    public init(metadata: ObjectMeta, serviceAccountSelector: [Label], groupIDs: [String]) {
        self.metadata = metadata
        self.serviceAccountSelector = serviceAccountSelector
        self.groupIDs = groupIDs
    }

    public var apiVersion: String { "vpcresources.k8s.aws/v1beta1" }
    public var kind: String { "SecurityGroupPolicy" }

    public var body: [Document.Entry] {
        [.init("spec", .map([
            "serviceAccountSelector": .selector(matching: serviceAccountSelector),
            "securityGroups": .map(["groupIds": .strings(groupIDs)]),
        ]))]
    }
}
