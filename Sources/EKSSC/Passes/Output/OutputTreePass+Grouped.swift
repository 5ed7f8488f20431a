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
/// `_cluster` cannot be a namespace name. Everything outside `kubernetes/` (README.md, `iam/`,
/// `aws/`) is as in the per-object layout: the AWS CLI path needs its per-role files.
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
}
