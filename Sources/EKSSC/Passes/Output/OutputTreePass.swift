/// Lowers the build artifacts to the output tree: which file each artifact goes to, the
/// kustomizations that list the Kubernetes files, each IAM role's files (per-object) and the
/// apply guide of the layout. The last pass:
/// it reads the other passes' merged output, and `OutputLayout` only renders what it plans.
///
/// The tree, relative to `-o`, in the per-object layout (`--layout per-object`; the grouped
/// layout, `OutputTreePass+Grouped.swift`, differs under `kubernetes/` and leaves out `iam/`
/// and the `aws/` inputs that `aws/cloudformation/` covers):
///
/// ```
/// kubernetes/
///   kustomization.yaml                      every YAML file below, for `kubectl apply -k`
///                                           (written when there is at least one object)
///   _cluster/<kind>-<name>.yaml             cluster-scoped objects (Namespace, ClusterRole,
///                                           ClusterRoleBinding, StorageClass, ClusterSecretStore)
///   <namespace>/<kind>-<name>.yaml          namespaced objects, one object per file
/// kustomization.yaml                        includes kubernetes/: `kubectl apply -k out/`
/// README.md                                 the apply guide: prerequisites, commands in order
/// iam/<role-name>/
///   role.json                               `aws iam create-role --cli-input-json` input (with
///                                           `--assume-role-policy-document file://trust-policy.json`)
///   trust-policy.json                       the trust (assume-role) policy
///   policy.json                             the inline permission policy, only when there is one
///   managed-policies.json                   the managed policy ARNs to attach, `[]` when none
/// aws/<path>.json                           `--cli-input-json` input for one AWS CLI call
///                                           (access entries and policies, Pod Identity
///                                           associations, cluster settings)
/// aws/cloudformation/<stack>.yaml           the AWS side as CloudFormation templates: IAM
///                                           roles, access entries, Pod Identity associations
/// ```
///
/// `<kind>` is the object's kind lowercased (`rolebinding-app-read.yaml`). The kustomization
/// lists Namespaces first, then the other cluster-scoped objects, then namespaced ones, each
/// group sorted by path. Every `.yaml` file holds one document starting with `---`; every file
/// ends with one `\n`.
struct OutputTreePass {
    /// How Kubernetes objects are spread over files and whether the AWS CLI inputs are written
    /// (the library's option type).
    typealias Layout = CompileOptions.Layout

    /// The planned files, sorted by path (two with one path are left for `OutputLayout` to
    /// refuse: a pass bug, not an input error).
    func run(_ artifacts: BuildArtifacts, layout: Layout = .perObject) -> [PlannedFile] {
        var planned: [PlannedFile] = []
        if !artifacts.manifests.isEmpty {
            switch layout {
            case .perObject: planned += Self.perObjectManifestFiles(artifacts.manifests)
            case .grouped: planned += Self.groupedManifestFiles(artifacts.manifests)
            }
            // `kubectl apply -k out/`: the root includes the Kubernetes folder.
            planned.append(PlannedFile(path: "kustomization.yaml", content: .yaml(Self.kustomization(["kubernetes"]))))
        }
        for template in artifacts.cloudFormationTemplates {
            planned.append(PlannedFile(path: "aws/cloudformation/\(template.name).yaml", content: .text(template.yaml)))
        }
        if !artifacts.deployGuide.isEmpty {
            planned.append(PlannedFile(path: "README.md", content: .text(artifacts.deployGuide.text(for: layout))))
        }
        // The grouped layout has the roles, access entries and Pod Identity associations only in
        // the CloudFormation templates (`IAMStackPass`, `EKSStackPass` lower every one of them).
        if layout == .perObject {
            for role in artifacts.iamRoles {
                planned += Self.roleFiles(role)
            }
        }
        for input in artifacts.awsInputs where layout == .perObject || !Self.isCoveredByCloudFormation(input) {
            planned.append(PlannedFile(path: "aws/" + input.path, content: .json(input.document)))
        }
        planned.sort { $0.path < $1.path }
        return planned
    }

    /// One file per object and the kustomization listing them.
    private static func perObjectManifestFiles(_ manifests: [any KubernetesManifest]) -> [PlannedFile] {
        var planned: [PlannedFile] = []
        var manifestPaths: [(group: Int, path: String)] = []
        for manifest in manifests {
            let path = manifestPath(manifest)
            manifestPaths.append((resourceGroup(manifest), path))
            planned.append(PlannedFile(path: "kubernetes/" + path, content: .manifests([manifest])))
        }
        let resources = manifestPaths.sorted { ($0.group, $0.path) < ($1.group, $1.path) }.map(\.path)
        planned.append(PlannedFile(path: "kubernetes/kustomization.yaml", content: .yaml(kustomization(resources))))
        return planned
    }

    /// `<namespace or _cluster>/<kind>-<name>.yaml`, relative to `kubernetes/`.
    static func manifestPath(_ manifest: any KubernetesManifest) -> String {
        let folder = manifest.metadata.namespace ?? "_cluster"
        return "\(folder)/\(manifestFileName(kind: manifest.kind, name: manifest.metadata.name))"
    }

    /// `<kind>-<name>.yaml`: the file name of one object (also what `OutputNameCheck` measures).
    static func manifestFileName(kind: String, name: String) -> String {
        OutputConventions.fileName("\(kind.lowercased())-\(name)", extension: "yaml")
    }

    /// The longest file or folder name most file systems accept, in bytes.
    static let maximumComponentBytes = 255

    /// 0 for Namespaces, 1 for other cluster-scoped objects, 2 for namespaced ones.
    private static func resourceGroup(_ manifest: any KubernetesManifest) -> Int {
        if manifest.kind == "Namespace" { return 0 }
        return manifest.metadata.namespace == nil ? 1 : 2
    }

    /// A kustomize `Kustomization` listing `resources` (files or folders) in this order.
    static func kustomization(_ resources: [String]) -> Document {
        .map([
            "apiVersion": .string("kustomize.config.k8s.io/v1beta1"),
            "kind": .string("Kustomization"),
            "resources": .strings(resources),
        ])
    }

    /// `iam/<role>/`: the `create-role` input, the trust policy, the managed policy ARNs and the
    /// inline policy when there is one.
    private static func roleFiles(_ role: IAMRoleArtifact) -> [PlannedFile] {
        let folder = "iam/\(role.roleName)/"
        var files = [
            PlannedFile(path: folder + "role.json", content: .json(role.createRoleInput)),
            PlannedFile(path: folder + "trust-policy.json", content: .json(role.trustPolicy)),
            PlannedFile(path: folder + "managed-policies.json", content: .json(.strings(role.managedPolicyARNs))),
        ]
        if let policy = role.permissionPolicy {
            files.append(PlannedFile(path: folder + "policy.json", content: .json(policy)))
        }
        return files
    }
}
