/// `storageclass NAME { ... }`
public struct StorageClass: Sendable {
    public var name: String
    public var backend: StorageBackend
    public var reclaimPolicy: ReclaimPolicy
    public var allowVolumeExpansion: Bool
    /// Marked `storageclass.kubernetes.io/is-default-class: "true"`.
    public var isDefault: Bool
    public var range: SourceRange

    public init(name: String, backend: StorageBackend, reclaimPolicy: ReclaimPolicy = .delete,
                allowVolumeExpansion: Bool = true, isDefault: Bool = false, range: SourceRange = .empty(at: 0)) {
        self.name = name
        self.backend = backend
        self.reclaimPolicy = reclaimPolicy
        self.allowVolumeExpansion = allowVolumeExpansion
        self.isDefault = isDefault
        self.range = range
    }
}

public enum StorageBackend: Sendable, Hashable {
    case ebs(EBSVolumeParameters)
    case efs(EFSParameters)
}

public enum EBSVolumeType: String, Sendable, Hashable, CaseIterable {
    case gp2, gp3, io1, io2, st1, sc1, standard
}

/// Parameters of the EBS CSI driver (`ebs.csi.aws.com`).
public struct EBSVolumeParameters: Sendable, Hashable {
    public var type: EBSVolumeType
    /// False only when the source says `unencrypted`.
    public var encrypted: Bool
    /// Nil: the account's default EBS key.
    public var kmsKey: ARN?
    /// `ext4` (default), `xfs`, `ext3`.
    public var fsType: String?
    public var iops: Int?
    /// MiB/s, gp3 only.
    public var throughput: Int?

    public init(type: EBSVolumeType, encrypted: Bool = true, kmsKey: ARN? = nil, fsType: String? = nil,
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
public struct EFSParameters: Sendable, Hashable {
    /// `fs-` followed by hex digits.
    public var fileSystemID: String
    /// Octal permissions of the access point's root directory, e.g. `700`.
    public var directoryPerms: String

    public init(fileSystemID: String, directoryPerms: String = "700") {
        self.fileSystemID = fileSystemID
        self.directoryPerms = directoryPerms
    }
}

public enum ReclaimPolicy: String, Sendable, Hashable, CaseIterable {
    case delete = "Delete"
    case retain = "Retain"
}
