/// The one place that decides an IAM role's name and ARN, so the role pass, the ServiceAccount
/// annotation and the Pod Identity association always agree.
///
/// A role is named explicitly, or `<cluster>-<namespace>-<serviceaccount>` (for a pattern such
/// as `reindex-*`, its fixed part: `reindex`). IAM allows at most 64 characters of
/// `[A-Za-z0-9+=,.@_-]`: other characters become `-`, and a longer name keeps a prefix and ends in `-` and 8 hex digits of a hash of the whole
/// name, so distinct long names stay distinct and the result is stable across runs and machines.
enum IAMRoleNaming {
    /// IAM's maximum role name length.
    static let maximumLength = 64

    /// The role name: `explicit` if given, else derived from the cluster and service account.
    static func roleName(explicit: String?, cluster: String, serviceAccount: ServiceAccountName,
                                namespace: String) -> String {
        let full = explicit ?? "\(cluster)-\(namespace)-\(namePart(of: serviceAccount))"
        return normalized(full)
    }

    /// A service account's name, or a pattern's fixed part (wildcards and the separators
    /// around them dropped; `any` when nothing is fixed).
    static func namePart(of serviceAccount: ServiceAccountName) -> String {
        guard case .pattern(let pattern) = serviceAccount else { return serviceAccount.description }
        let isSeparator: (Character) -> Bool = { $0 == "-" || $0 == "." || $0 == "_" }
        let pieces = pattern.split(whereSeparator: { $0 == "*" || $0 == "?" })
            .map { $0.drop(while: isSeparator).reversed().drop(while: isSeparator).reversed() }
            .map { String($0) }
            .filter { !$0.isEmpty }
        return pieces.isEmpty ? "any" : pieces.joined(separator: "-")
    }

    /// The role of an app that has an `iam-role` block, or nil when it has none.
    static func roleName(of app: App, in cluster: Cluster) -> String? {
        guard let role = app.iamRole else { return nil }
        return roleName(explicit: role.explicitName, cluster: cluster.name, serviceAccount: app.serviceAccount,
                        namespace: app.namespace)
    }

    /// The role of a secret store's service account (stores always have one).
    static func roleName(of store: SecretStore, in cluster: Cluster) -> String {
        roleName(explicit: store.explicitRoleName, cluster: cluster.name,
                 serviceAccount: .exact(store.serviceAccount.name), namespace: store.serviceAccount.namespace)
    }

    /// The role ARN of an app with an `iam-role` block, or nil.
    static func roleARN(of app: App, in cluster: Cluster) -> String? {
        roleName(of: app, in: cluster).map(cluster.roleARN)
    }

    /// The role ARN of a secret store's service account.
    static func roleARN(of store: SecretStore, in cluster: Cluster) -> String {
        cluster.roleARN(roleName(of: store, in: cluster))
    }

    /// `name` with invalid characters replaced and shortened to at most 64 characters.
    static func normalized(_ name: String) -> String {
        // Nearly every name is already valid: checked on its bytes, returned as it is (every
        // valid character is ASCII, so bytes and characters count alike).
        if name.utf8.count <= maximumLength, name.utf8.allSatisfy(isValid) { return name }
        let valid = String(String.UnicodeScalarView(name.unicodeScalars.map { isValid($0) ? $0 : "-" }))
        guard valid.unicodeScalars.count > maximumLength else { return valid }
        let suffix = "-" + hexDigits(of: fnv1a64(name))
        let prefix = String(String.UnicodeScalarView(valid.unicodeScalars.prefix(maximumLength - suffix.count)))
        return prefix + suffix
    }

    /// Whether IAM accepts the character in a role name.
    static func isValid(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "+", "=", ",", ".", "@", "_", "-": true
        default: false
        }
    }

    /// `isValid` of an ASCII byte; false for every byte of a non-ASCII character.
    private static func isValid(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: ","),
             UInt8(ascii: "."), UInt8(ascii: "@"), UInt8(ascii: "_"), UInt8(ascii: "-"): true
        default: false
        }
    }

    /// FNV-1a, 64 bits, over the UTF-8 bytes of `text`.
    static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The low 32 bits of `hash` as 8 lowercase hex digits.
    static func hexDigits(of hash: UInt64) -> String {
        let digits = String(hash & 0xFFFF_FFFF, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
