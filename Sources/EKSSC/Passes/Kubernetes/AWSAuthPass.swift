/// Lowers node roles and mapped IAM principals to the `aws-auth` ConfigMap in kube-system.
///
/// `mapRoles` lists node roles first, then mapped roles; `mapUsers` the users; each sorted by ARN.
/// aws-auth matches a role by its path-less ARN, so a role ARN with a path is reduced
/// (`AWSAuthCheck` warns about it, and about a missing node role). The ConfigMap is not emitted
/// when the cluster uses API authentication only, where EKS ignores it.
struct AWSAuthPass: LoweringPass {
    init() {}

    func run(_ model: SecurityModel) -> PassOutput {
        guard model.cluster.authenticationMode != .api,
              !model.principals.isEmpty || !model.nodeRoles.isEmpty else { return PassOutput() }
        let nodes = model.nodeRoles.map {
            AWSAuthMapping(kind: .nodeRole, arn: $0.arn.withoutRolePath.description,
                           username: AWSAuthMapping.nodeUsername, groups: AWSAuthMapping.nodeGroups)
        }
        let principals = model.principals.map {
            AWSAuthMapping(kind: $0.kind == .user ? .user : .role,
                           arn: $0.kind == .role ? $0.arn.withoutRolePath.description : $0.arn.description,
                           username: $0.username, groups: $0.groups)
        }
        let byARN: (AWSAuthMapping, AWSAuthMapping) -> Bool = { ($0.arn, $0.username) < ($1.arn, $1.username) }
        let mapRoles = nodes.sorted(by: byARN) + principals.filter { $0.kind == .role }.sorted(by: byARN)
        let mapUsers = principals.filter { $0.kind == .user }.sorted(by: byARN)

        var data: [Document.Entry] = []
        if !mapRoles.isEmpty { data.append(.init("mapRoles", .yamlText(.list(mapRoles.map(\.document))))) }
        if !mapUsers.isEmpty { data.append(.init("mapUsers", .yamlText(.list(mapUsers.map(\.document))))) }
        let configMap = ConfigMapManifest(metadata: .managed(name: "aws-auth", namespace: "kube-system"), data: data)
        return PassOutput(manifests: [configMap])
    }
}
