/// `storageclass` declarations: EBS or EFS, with the parameters each backend accepts.
extension Analysis {
    func analyzeStorageClasses() -> [StorageClass] {
        let classes = storageDecls.sorted { $0.name.value < $1.name.value }.compactMap(analyzeStorageClass)
        // The `default` settings in source order.
        let defaults = storageDecls.compactMap { decl in
            decl.settings.first { if case .isDefault = $0.value { true } else { false } }.map { (decl.name.value, $0.range) }
        }.sorted { $0.1 < $1.1 }
        if let first = defaults.first {
            for other in defaults.dropFirst() {
                warning(.multipleDefaultStorageClasses,
                        "storage classes '\(first.0)' and '\(other.0)' are both marked 'default'", at: other.1,
                        notes: [DiagnosticNote("first default declared here", at: first.1)],
                        hint: "Kubernetes then picks the newest one; keep 'default' on one class")
            }
        }
        return classes
    }

    private func analyzeStorageClass(_ decl: StorageClassDecl) -> StorageClass? {
        _ = check(KubernetesNames.subdomain(decl.name.value, what: "storage class name"), .invalidName, at: decl.name.range)
        checkDuplicateSettings(decl.settings) { $0.keyword }
        let backends = decl.settings.filter {
            switch $0.value {
            case .ebs, .efs: true
            default: false
            }
        }
        guard let backend = backends.first else {
            error(.storageBackend, "storage class '\(decl.name.value)' has neither 'ebs' nor 'efs'", at: decl.name.range,
                  hint: "add 'ebs gp3' or 'efs \"fs-...\"'")
            return nil
        }
        let isEBS: (StorageSetting) -> Bool = { if case .ebs = $0 { true } else { false } }
        if let second = backends.first(where: { isEBS($0.value) != isEBS(backend.value) }) {
            error(.storageBackend, "storage class '\(decl.name.value)' has both 'ebs' and 'efs'", at: second.range,
                  notes: [DiagnosticNote("first backend given here", at: backend.range)], hint: "a class provisions one kind of volume")
            return nil
        }
        var storageClass = StorageClass(name: decl.name.value, backend: .ebs(EBSVolumeParameters(type: .gp3)),
                                        range: decl.range)
        var ebs: EBSVolumeParameters?
        var efs: EFSParameters?
        switch backend.value {
        case .ebs(let word):
            guard let type = choice(word, EBSVolumeType.self, what: "EBS volume type") else { return nil }
            ebs = EBSVolumeParameters(type: type)
        case .efs(let name):
            guard let id = check(AWSIdentifiers.efsFileSystem(name.value), .invalidFileSystem, at: name.range) else { return nil }
            efs = EFSParameters(fileSystemID: id)
        default:
            return nil
        }
        for setting in decl.settings {
            if efs != nil, let word = Analysis.ebsOnlyWord(setting.value) {
                error(.efsParameter, "'\(word)' does not apply to an EFS storage class", at: setting.range)
                continue
            }
            switch setting.value {
            case .ebs, .efs:
                break
            case .kms(let name):
                if let key = check(ARNValidator.kmsKey(name.value), .invalidARN, at: name.range) {
                    checkKeyLocation(key, usedIn: clusterRegion, at: name.range)
                    ebs?.kmsKey = key
                }
            case .fsType(let word):
                ebs?.fsType = choice(word, FileSystemType.self, what: "file system type")?.rawValue
            case .iops(let word):
                guard let type = ebs?.type, let iops = positiveNumber(word, what: "iops") else { continue }
                if [.gp2, .st1, .sc1, .standard].contains(type) {
                    error(.ebsParameter, "'iops' cannot be set for EBS type '\(type.rawValue)'", at: setting.range,
                          hint: "only gp3, io1 and io2 volumes take provisioned iops")
                }
                ebs?.iops = iops
            case .throughput(let word):
                guard let type = ebs?.type, let throughput = positiveNumber(word, what: "throughput") else { continue }
                if type != .gp3 {
                    error(.ebsParameter, "'throughput' cannot be set for EBS type '\(type.rawValue)'", at: setting.range,
                          hint: "only gp3 volumes take a throughput")
                }
                ebs?.throughput = throughput
            case .reclaim(let word):
                storageClass.reclaimPolicy = choice(word, ReclaimWord.self, what: "reclaim policy")?.policy ?? .delete
            case .expansion(let word):
                storageClass.allowVolumeExpansion = choice(word, OnOff.self, what: "expansion setting")?.isOn ?? true
            case .isDefault:
                storageClass.isDefault = true
            case .unencrypted:
                ebs?.encrypted = false   // reported by lint rule EKS-STORAGE-001
            case .directoryPerms(let name):
                guard efs != nil else {
                    error(.ebsParameter, "'directory-perms' applies to EFS storage classes only", at: setting.range)
                    continue
                }
                if (3...4).contains(name.value.count), name.value.allSatisfy({ ("0"..."7").contains($0) }) {
                    efs?.directoryPerms = name.value
                } else {
                    error(.invalidValue, "invalid directory-perms '\(name.value)': expected octal permissions such as '700'",
                          at: name.range)
                }
            }
        }
        if let ebs, ebs.kmsKey != nil, !ebs.encrypted {
            error(.ebsParameter, "storage class '\(decl.name.value)' has a 'kms' key but is 'unencrypted'",
                  at: decl.name.range)
        }
        if let ebs { storageClass.backend = .ebs(ebs) }
        if let efs { storageClass.backend = .efs(efs) }
        return storageClass
    }

    /// The keyword of a setting that only an EBS class takes.
    private static func ebsOnlyWord(_ setting: StorageSetting) -> String? {
        switch setting {
        case .kms: "kms"
        case .fsType: "fstype"
        case .iops: "iops"
        case .throughput: "throughput"
        case .unencrypted: "unencrypted"
        default: nil
        }
    }

    private func positiveNumber(_ word: Name, what: String) -> Int? {
        guard let value = Int(word.value), value > 0 else {
            error(.invalidValue, "invalid \(what) '\(word.value)': expected a positive whole number", at: word.range)
            return nil
        }
        return value
    }
}
