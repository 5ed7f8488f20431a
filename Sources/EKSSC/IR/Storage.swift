/// `storageclass NAME { ... }`
struct StorageClass: Sendable {
    var name: String
    var backend: StorageBackend
    var reclaimPolicy: ReclaimPolicy
    var allowVolumeExpansion: Bool
    /// Marked `storageclass.kubernetes.io/is-default-class: "true"`.
    var isDefault: Bool
    var range: SourceRange

    init(name: String, backend: StorageBackend, reclaimPolicy: ReclaimPolicy = .delete,
                allowVolumeExpansion: Bool = true, isDefault: Bool = false, range: SourceRange = .empty(at: 0)) {
        self.name = name
        self.backend = backend
        self.reclaimPolicy = reclaimPolicy
        self.allowVolumeExpansion = allowVolumeExpansion
        self.isDefault = isDefault
        self.range = range
    }
}

enum StorageBackend: Sendable, Hashable {
    case ebs(EBSVolumeParameters)
    case efs(EFSParameters)
}

enum EBSVolumeType: String, Sendable, Hashable, CaseIterable {
    case gp2, gp3, io1, io2, st1, sc1, standard
}

/// Parameters of the EBS CSI driver (`ebs.csi.aws.com`).
struct EBSVolumeParameters: Sendable, Hashable {
    var type: EBSVolumeType
    /// False only when the source says `unencrypted`.
    var encrypted: Bool
    /// Nil: the account's default EBS key.
    var kmsKey: ARN?
    /// `ext4` (default), `xfs`, `ext3`.
    var fsType: String?
    var iops: Int?
    /// MiB/s, gp3 only.
    var throughput: Int?

    init(type: EBSVolumeType, encrypted: Bool = true, kmsKey: ARN? = nil, fsType: String? = nil,
                iops: Int? = nil, throughput: Int? = nil) {
        self.type = type
        self.encrypted = encrypted
        self.kmsKey = kmsKey
        self.fsType = fsType
        self.iops = iops
        self.throughput = throughput
    }
}

/// Parameters of the EFS CSI driver (`efs.csi.aws.com`) with access-point provisioning.
struct EFSParameters: Sendable, Hashable {
    /// `fs-` followed by hex digits.
    var fileSystemID: String
    /// Octal permissions of the access point's root directory, e.g. `700`.
    var directoryPerms: String

    init(fileSystemID: String, directoryPerms: String = "700") {
        self.fileSystemID = fileSystemID
        self.directoryPerms = directoryPerms
    }
}

enum ReclaimPolicy: String, Sendable, Hashable, CaseIterable {
    case delete = "Delete"
    case retain = "Retain"
}
