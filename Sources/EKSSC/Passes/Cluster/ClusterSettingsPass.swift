/// Lowers the cluster's own settings into AWS CLI inputs (paths relative to `aws/`):
///
/// - `cluster/associate-encryption-config.json` when `secrets-encryption` names a KMS key;
/// - one `update-cluster-config` input per kind of update, because the EKS API accepts only one
///   of logging, endpoint access and access config per call:
///   `cluster/update-cluster-config-logging.json`, `-endpoint.json`, `-access.json`.
///
/// `UpdateClusterConfig` names the cluster `name`; `AssociateEncryptionConfig` names it
/// `clusterName`.
struct ClusterSettingsPass: LoweringPass {
    init() {}

    func run(_ model: SecurityModel) -> PassOutput {
        let cluster = model.cluster
        var inputs: [AWSCLIInput] = []
        if let key = cluster.secretsEncryptionKey {
            inputs.append(AWSCLIInput(
                path: "cluster/associate-encryption-config.json", command: "eks associate-encryption-config",
                document: .map([
                    "clusterName": .string(cluster.name),
                    "encryptionConfig": .list([.map([
                        "resources": .strings(["secrets"]),
                        "provider": .map(["keyArn": .string(key.description)]),
                    ])]),
                ])))
        }
        if let logging = loggingUpdate(cluster) {
            inputs.append(updateClusterConfig(cluster, suffix: "logging", key: "logging", value: logging))
        }
        if let endpoint = endpointUpdate(cluster) {
            inputs.append(updateClusterConfig(cluster, suffix: "endpoint", key: "resourcesVpcConfig", value: endpoint))
        }
        if let mode = cluster.authenticationMode {
            inputs.append(updateClusterConfig(cluster, suffix: "access", key: "accessConfig",
                                              value: .map(["authenticationMode": .string(mode.apiValue)])))
        }
        return PassOutput(awsInputs: inputs.sorted { $0.path < $1.path })
    }

    func updateClusterConfig(_ cluster: Cluster, suffix: String, key: String, value: Document) -> AWSCLIInput {
        AWSCLIInput(path: "cluster/update-cluster-config-\(suffix).json", command: "eks update-cluster-config",
                    document: .map([Document.Entry("name", .string(cluster.name)), Document.Entry(key, value)]))
    }

    /// The complete logging configuration: the enabled types, then the others disabled, so the
    /// result does not depend on what was enabled before. Nil when the source sets no logging.
    func loggingUpdate(_ cluster: Cluster) -> Document? {
        guard !cluster.logging.isEmpty else { return nil }
        let enabled = Set(cluster.logging)
        let on = ControlPlaneLogType.allCases.filter { enabled.contains($0) }
        let off = ControlPlaneLogType.allCases.filter { !enabled.contains($0) }
        var entries: [Document] = [.map(["types": .strings(on.map(\.rawValue)), "enabled": .bool(true)])]
        if !off.isEmpty {
            entries.append(.map(["types": .strings(off.map(\.rawValue)), "enabled": .bool(false)]))
        }
        return .map(["clusterLogging": .list(entries)])
    }

    /// Endpoint access and the CIDRs allowed to reach a public endpoint; nil when neither is set.
    func endpointUpdate(_ cluster: Cluster) -> Document? {
        guard cluster.endpoint != nil || !cluster.publicAccessCIDRs.isEmpty else { return nil }
        let (isPublic, isPrivate): (Bool?, Bool?) = switch cluster.endpoint {
        case .private?: (false, true)
        case .public?: (true, false)
        case .publicAndPrivate?: (true, true)
        case nil: (nil, nil)
        }
        let cidrs = isPublic == false || cluster.publicAccessCIDRs.isEmpty ? nil : cluster.publicAccessCIDRs
        return .map([
            "endpointPublicAccess": isPublic.map(Document.bool),
            "endpointPrivateAccess": isPrivate.map(Document.bool),
            "publicAccessCidrs": cidrs.map(Document.strings),
        ])
    }
}
