/// Word sets of the language that have no enum in the IR (the IR keeps the resolved meaning,
/// e.g. a `Bool` for `on`/`off`). Checked with `Analysis.choice` like the IR's enums.
enum OnOff: String, CaseIterable {
    case on, off

    var isOn: Bool { self == .on }
}

/// `reclaim delete | retain`, lowercase in the language.
enum ReclaimWord: String, CaseIterable {
    case delete, retain

    var policy: ReclaimPolicy { self == .delete ? .delete : .retain }
}

/// File systems the EBS CSI driver formats.
enum FileSystemType: String, CaseIterable {
    case ext2, ext3, ext4, xfs
}

/// `bind user | group | serviceaccount ...`
enum SubjectKind: String, CaseIterable {
    case user, group, serviceaccount
}

/// `allow` or `deny` in an IAM role block.
enum EffectWord: String, CaseIterable {
    case allow, deny

    var effect: PolicyEffect { self == .allow ? .allow : .deny }
}

/// `ingress none`: the one value of a tier's ingress setting.
enum IngressSetting: String, CaseIterable {
    case none
}

/// `aws-endpoints public | vpc "CIDR", ...`
enum AWSEndpointsWord: String, CaseIterable {
    case `public`, vpc
}
