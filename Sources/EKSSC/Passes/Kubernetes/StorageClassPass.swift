/// Lowers `storageclass` declarations to StorageClasses of the EBS or EFS CSI driver.
///
/// EBS: `type`, `encrypted` (`"true"` unless the source says `unencrypted`), then the optional
/// `kmsKeyId`, `csi.storage.k8s.io/fstype`, `iops`, `throughput`; volumes are created in the zone
/// of the first pod that uses them (`WaitForFirstConsumer`). EFS: dynamic provisioning through
/// access points (`provisioningMode: efs-ap`, `fileSystemId`, `directoryPerms`); the file system is
/// regional and elastic, so the binding mode and volume expansion keys are left out.
struct StorageClassPass: LoweringPass {
    static let defaultClassAnnotation = "storageclass.kubernetes.io/is-default-class"

    init() {}

    func run(_ model: SecurityModel) -> PassOutput {
        PassOutput(manifests: model.storageClasses.map(manifest(for:)))
    }

    func manifest(for storageClass: StorageClass) -> StorageClassManifest {
        let annotations = storageClass.isDefault ? [Label(key: Self.defaultClassAnnotation, value: "true")] : []
        let metadata = ObjectMeta.managed(name: storageClass.name, annotations: annotations)
        switch storageClass.backend {
        case .ebs(let ebs):
            var parameters = [
                Label(key: "type", value: ebs.type.rawValue),
                Label(key: "encrypted", value: ebs.encrypted ? "true" : "false"),
            ]
            if let key = ebs.kmsKey, ebs.encrypted { parameters.append(Label(key: "kmsKeyId", value: key.description)) }
            if let fsType = ebs.fsType { parameters.append(Label(key: "csi.storage.k8s.io/fstype", value: fsType)) }
            if let iops = ebs.iops { parameters.append(Label(key: "iops", value: String(iops))) }
            if let throughput = ebs.throughput { parameters.append(Label(key: "throughput", value: String(throughput))) }
            return StorageClassManifest(
                metadata: metadata, provisioner: "ebs.csi.aws.com", parameters: parameters,
                reclaimPolicy: storageClass.reclaimPolicy, allowVolumeExpansion: storageClass.allowVolumeExpansion,
                volumeBindingMode: "WaitForFirstConsumer")
        case .efs(let efs):
            return StorageClassManifest(
                metadata: metadata, provisioner: "efs.csi.aws.com",
                parameters: [
                    Label(key: "provisioningMode", value: "efs-ap"),
                    Label(key: "fileSystemId", value: efs.fileSystemID),
                    Label(key: "directoryPerms", value: efs.directoryPerms),
                ],
                reclaimPolicy: storageClass.reclaimPolicy, allowVolumeExpansion: nil, volumeBindingMode: nil)
        }
    }
}
