/// `storageclass` declarations.
extension Parser.State {
    static let storageSettings = [
        "ebs", "efs", "kms", "fstype", "iops", "throughput", "reclaim", "expansion", "default", "unencrypted",
        "directory-perms",
    ]

    /// `storage-class = "storageclass" , name , "{" , { end | storage-setting } , "}"`
    mutating func parseStorageClass() throws(Parser.Recovery) -> StorageClassDecl {
        use(.storageClass)
        let start = takeStart()
        let name = try expectName(after: "'storageclass'")
        let block = try parseBlock("storageclass") { state throws(Parser.Recovery) in try state.parseStorageSetting() }
        return StorageClassDecl(name: name, settings: block.settings, range: range(from: start))
    }

    /// `storage-setting`
    mutating func parseStorageSetting() throws(Parser.Recovery) -> StorageSetting {
        let keyword = current.kind == .word ? current.text : ""
        let after = "'\(keyword)'"
        let setting: StorageSetting
        switch keyword {
        case "ebs": advance(); setting = .ebs(try expectWord(after: after))
        case "efs": advance(); setting = .efs(try expectString(after: after))
        case "kms": advance(); setting = .kms(try expectString(after: after))
        case "fstype": advance(); setting = .fsType(try expectWord(after: after))
        case "iops": advance(); setting = .iops(try expectWord(after: after))
        case "throughput": advance(); setting = .throughput(try expectWord(after: after))
        case "reclaim": advance(); setting = .reclaim(try expectWord(after: after))
        case "expansion": advance(); setting = .expansion(try expectWord(after: after))
        case "default": advance(); setting = .isDefault
        case "unencrypted": advance(); setting = .unencrypted
        case "directory-perms": advance(); setting = .directoryPerms(try expectString(after: after))
        default: throw unknownSetting(in: "storageclass", among: Self.storageSettings)
        }
        use(.storageSetting)
        return setting
    }
}
