/// The grouped layout: one multi-document YAML per namespace and one for cluster-scoped objects,
/// instead of one file per object. Same objects, same bytes per document, far fewer files.
///
/// ```
/// kubernetes/
///   kustomization.yaml            `_cluster.yaml`, then every namespace file in name order
///   _cluster.yaml                 cluster-scoped objects (Namespaces first)
///   namespaces/<namespace>.yaml   that namespace's objects
/// ```
///
/// In each file the documents are ordered by kind (`kindOrder`, then any other kind by name)
/// and then by object name, so a change to one app changes a few lines of one or two files.
/// Namespace files sit in `namespaces/` because a namespace may be called `kustomization`;
/// `_cluster` cannot be a namespace name.
///
/// Outside `kubernetes/`, the AWS side is given once, as the CloudFormation templates under
/// `aws/cloudformation/` (what the apply guide deploys): no `iam/<role>/` folders and no
/// `aws/` CLI input that a template covers (`isCoveredByCloudFormation`). `IAMStackPass` puts
/// every role (apps, secret stores, Pod Identity) in a namespace's stack and `EKSStackPass`
/// every access entry and association in `eks.yaml`, from the same values as the CLI inputs.
/// Cluster settings (`aws/cluster/`) have no template and stay. The AWS CLI path is
/// `--layout per-object`: at 10,000 apps those per-call files were 42,000 of 43,512.
extension OutputTreePass {
    /// The order of kinds within a grouped file: what an object refers to comes before it.
    static let kindOrder = [
        "Namespace", "StorageClass", "ClusterRole", "ClusterRoleBinding", "ClusterSecretStore",
        "ServiceAccount", "ConfigMap", "SecretStore", "ExternalSecret", "Role", "RoleBinding",
        "NetworkPolicy", "SecurityGroupPolicy",
    ]

    /// The grouped Kubernetes files and their kustomization, paths relative to the output root.
    static func groupedManifestFiles(_ manifests: [any KubernetesManifest]) -> [PlannedFile] {
        var byFile: [String: [any KubernetesManifest]] = [:]
        for manifest in manifests {
            byFile[groupedPath(namespace: manifest.metadata.namespace), default: []].append(manifest)
        }
        let rank = Dictionary(uniqueKeysWithValues: kindOrder.enumerated().map { ($1, $0) })
        var planned: [PlannedFile] = []
        for (path, members) in byFile.sorted(by: { $0.key < $1.key }) {
            let ordered = members.sorted { first, second in
                let firstKey = (rank[first.kind] ?? kindOrder.count, first.kind, first.metadata.name)
                let secondKey = (rank[second.kind] ?? kindOrder.count, second.kind, second.metadata.name)
                return firstKey < secondKey
            }
            planned.append(PlannedFile(path: "kubernetes/" + path, content: .manifests(ordered)))
        }
        // `_` sorts before every namespace name's first character, so the cluster file comes first.
        let resources = byFile.keys.sorted()
        planned.append(PlannedFile(path: "kubernetes/kustomization.yaml", content: .yaml(kustomization(resources))))
        return planned
    }

    /// `_cluster.yaml` or `namespaces/<namespace>.yaml`, relative to `kubernetes/`.
    static func groupedPath(namespace: String?) -> String {
        namespace.map { "namespaces/\($0).yaml" } ?? "_cluster.yaml"
    }

    /// True for a grouped file's path (which may hold any kind).
    static func isGroupedManifestPath(_ path: String) -> Bool {
        path == "kubernetes/_cluster.yaml" || path.hasPrefix("kubernetes/namespaces/") && path.hasSuffix(".yaml")
    }

    /// True for an AWS CLI input that `aws/cloudformation/eks.yaml` creates too (an access entry,
    /// an access policy association, a Pod Identity association): the grouped layout leaves it
    /// out. Cluster settings (`cluster/`) have no CloudFormation equivalent and stay.
    static func isCoveredByCloudFormation(_ input: AWSCLIInput) -> Bool {
        input.path.hasPrefix("access-entries/") || input.path.hasPrefix("access-policies/")
            || input.path.hasPrefix("pod-identity-associations/")
    }
}
