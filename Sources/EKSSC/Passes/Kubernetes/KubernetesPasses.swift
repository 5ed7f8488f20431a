/// The Kubernetes-side passes in the order their outputs are merged. `PassPipeline` decides the
/// overall order; this list keeps this family's members in one place.
public enum KubernetesPasses {
    public static let all: [any LoweringPass] = [
        NamespacePass(),
        NetworkPolicyPass(),
        SecurityGroupPolicyPass(),
        RBACPass(),
        AWSAuthPass(),
        AccessEntryPass(),
        StorageClassPass(),
    ]
}
