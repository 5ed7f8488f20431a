/// Names and labels that several passes must agree on.
enum OutputConventions {
    /// Every ServiceAccount ekssc emits for an app carries `app.kubernetes.io/name: <app>`;
    /// the app's SecurityGroupPolicy selects its ServiceAccount by this label.
    static let appNameLabelKey = "app.kubernetes.io/name"

    /// The IRSA annotation on a ServiceAccount.
    static let roleARNAnnotation = "eks.amazonaws.com/role-arn"

    /// `stem.ext` in at most 255 bytes, most file systems' limit for a file name: a longer stem
    /// (a ServiceAccount may have a 253-character name) keeps its start and ends in `-` and 8 hex
    /// digits of a hash of the whole stem, so distinct names stay distinct and every run names
    /// the file the same.
    static func fileName(_ stem: String, extension ext: String) -> String {
        let limit = 255
        let whole = stem + "." + ext
        guard whole.utf8.count > limit else { return whole }
        let suffix = "-" + IAMRoleNaming.hexDigits(of: IAMRoleNaming.fnv1a64(stem)) + "." + ext
        var prefix = ""
        for scalar in stem.unicodeScalars {
            guard prefix.utf8.count + String(scalar).utf8.count + suffix.utf8.count <= limit else { break }
            prefix.unicodeScalars.append(scalar)
        }
        return prefix + suffix
    }

    /// An IAM tag value in at most 256 characters (IAM's limit), shortened like `fileName`.
    static func tagValue(_ value: String) -> String {
        guard value.count > 256 else { return value }
        return String(value.prefix(256 - 9)) + "-" + IAMRoleNaming.hexDigits(of: IAMRoleNaming.fnv1a64(value))
    }
}
