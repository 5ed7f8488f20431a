/// A `vpcresources.k8s.aws/v1beta1` SecurityGroupPolicy (VPC resource controller, security
/// groups for pods): pods running as the selected ServiceAccounts get these groups.
struct SecurityGroupPolicyManifest: KubernetesManifest, Hashable {
    var metadata: ObjectMeta
    var serviceAccountSelector: [Label]
    /// `sg-...` ids in source order; the first is the pod's primary group.
    var groupIDs: [String]

    init(metadata: ObjectMeta, serviceAccountSelector: [Label], groupIDs: [String]) {
        self.metadata = metadata
        self.serviceAccountSelector = serviceAccountSelector
        self.groupIDs = groupIDs
    }

    var apiVersion: String { "vpcresources.k8s.aws/v1beta1" }
    var kind: String { "SecurityGroupPolicy" }

    var body: [Document.Entry] {
        [.init("spec", .map([
            "serviceAccountSelector": .selector(matching: serviceAccountSelector),
            "securityGroups": .map(["groupIds": .strings(groupIDs)]),
        ]))]
    }
}
