/// Where each build artifact goes in the output directory, and in what format.
///
/// The tree, relative to `-o`, in the per-object layout (`--layout per-object`; the grouped
/// layout, `OutputLayout+Grouped.swift`, differs only under `kubernetes/`):
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
/// aws/cloudformation/<stack>.yaml           the AWS side as CloudFormation templates
/// ```
///
/// `<kind>` is the object's kind lowercased (`rolebinding-app-read.yaml`). The kustomization
/// lists Namespaces first, then the other cluster-scoped objects, then namespaced ones, each
/// group sorted by path. Every `.yaml` file holds one document starting with `---`; every file
/// ends with one `\n`.
enum OutputLayout {
    /// The files for `artifacts`, sorted by path.
    /// - Throws: `OutputLayoutError.duplicatePath` when two artifacts map to one path (a pass bug).
    static func files(for artifacts: BuildArtifacts, layout: Kind = .perObject) throws(OutputLayoutError) -> [OutputFile] {
        var pending: [PendingFile] = []
        if !artifacts.manifests.isEmpty {
            switch layout {
            case .perObject: pending += perObjectManifestFiles(artifacts.manifests)
            case .grouped: pending += groupedManifestFiles(artifacts.manifests)
            }
            // `kubectl apply -k out/`: the root includes the Kubernetes folder.
            pending.append(PendingFile(path: "kustomization.yaml") { YAMLEmitter.render([kustomization(["kubernetes"])]) })
        }
        for template in artifacts.cloudFormationTemplates {
            pending.append(PendingFile(path: "aws/cloudformation/\(template.name).yaml") {
                YAMLEmitter.render([template.document])
            })
        }
        if !artifacts.deployGuide.isEmpty {
            let guide = artifacts.deployGuide
            pending.append(PendingFile(path: "README.md") { guide })
        }
        for role in artifacts.iamRoles {
            pending += roleFiles(role)
        }
        for input in artifacts.awsInputs {
            pending.append(PendingFile(path: "aws/" + input.path) { JSONEmitter.render(input.document) })
        }
        pending.sort { $0.path < $1.path }
        for (previous, next) in zip(pending, pending.dropFirst()) where previous.path == next.path {
            throw .duplicatePath(next.path)
        }
        // Rendering is most of the work and each file's is independent of the others'.
        return pending.concurrentMap { OutputFile(path: $0.path, contents: $0.render()) }
    }

    /// One file per object and the kustomization listing them.
    private static func perObjectManifestFiles(_ manifests: [any KubernetesManifest]) -> [PendingFile] {
        var pending: [PendingFile] = []
        var manifestPaths: [(group: Int, path: String)] = []
        for manifest in manifests {
            let path = manifestPath(manifest)
            manifestPaths.append((resourceGroup(manifest), path))
            pending.append(PendingFile(path: "kubernetes/" + path) { YAMLEmitter.render([manifest.document]) })
        }
        let resources = manifestPaths.sorted { ($0.group, $0.path) < ($1.group, $1.path) }.map(\.path)
        pending.append(PendingFile(path: "kubernetes/kustomization.yaml") {
            YAMLEmitter.render([kustomization(resources)])
        })
        return pending
    }

    /// A file whose path is known and whose contents are still to be rendered.
    struct PendingFile: Sendable {
        var path: String
        var render: @Sendable () -> String
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

    static func kustomization(_ resources: [String]) -> Document {
        .map([
            "apiVersion": .string("kustomize.config.k8s.io/v1beta1"),
            "kind": .string("Kustomization"),
            "resources": .strings(resources),
        ])
    }

    private static func roleFiles(_ role: IAMRoleArtifact) -> [PendingFile] {
        let folder = "iam/\(role.roleName)/"
        var files = [
            PendingFile(path: folder + "role.json") { JSONEmitter.render(role.createRoleInput) },
            PendingFile(path: folder + "trust-policy.json") { JSONEmitter.render(role.trustPolicy) },
            PendingFile(path: folder + "managed-policies.json") { JSONEmitter.render(.strings(role.managedPolicyARNs)) },
        ]
        if let policy = role.permissionPolicy {
            files.append(PendingFile(path: folder + "policy.json") { JSONEmitter.render(policy) })
        }
        return files
    }
}
