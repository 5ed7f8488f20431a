/// Validators of Kubernetes object names and labels (the apimachinery rules).
enum KubernetesNames {
    /// A DNS-1123 label: at most 63 lowercase letters, digits and '-', starting and ending
    /// alphanumeric. Namespaces are labels.
    static func label(_ text: String, what: String = "name") -> Validated<String> {
        guard text.count <= 63 else {
            return .failure(ValidationError("\(what) '\(text)' is longer than 63 characters"))
        }
        guard isDNSLabel(text) else {
            return .failure(ValidationError(
                "invalid \(what) '\(text)': expected lowercase letters, digits and '-', starting and ending with a letter or digit"))
        }
        return .success(text)
    }

    /// A DNS-1123 subdomain: at most 253 characters, dot-separated DNS labels. Most object
    /// names (ServiceAccounts, Roles, Secrets, StorageClasses) are subdomains.
    static func subdomain(_ text: String, what: String = "name") -> Validated<String> {
        guard text.count <= 253 else {
            return .failure(ValidationError("\(what) '\(text)' is longer than 253 characters"))
        }
        guard isDNSSubdomain(text) else {
            return .failure(ValidationError(
                "invalid \(what) '\(text)': expected lowercase letters, digits, '-' and '.', starting and ending with a letter or digit"))
        }
        return .success(text)
    }

    /// A ServiceAccount name as the API server validates it (apimachinery's
    /// `IsDNS1123Subdomain`): at most 253 characters of dot-separated parts, each lowercase
    /// letters, digits and '-' starting and ending alphanumeric, with no 63-character limit per
    /// part (that limit is DNS's, not the API server's). Names derived from it are shortened
    /// where their own limits are lower: IAM role names (`IAMRoleNaming`), tags, file names.
    static func serviceAccountName(_ text: String) -> Validated<String> {
        guard text.count <= 253 else {
            return .failure(ValidationError("serviceaccount name '\(text)' is longer than 253 characters"))
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ part in
            guard let first = part.first, let last = part.last else { return false }
            return CharacterClass.isLowerAlnum(first) && CharacterClass.isLowerAlnum(last)
                && part.allSatisfy { CharacterClass.isLowerAlnum($0) || $0 == "-" }
        }) else {
            return .failure(ValidationError(
                "invalid serviceaccount name '\(text)': expected lowercase letters, digits, '-' and '.', starting and ending with a letter or digit"))
        }
        return .success(text)
    }

    /// A label key: `[prefix/]name`, the prefix a DNS subdomain, the name at most 63 characters
    /// of letters, digits, '-', '_' and '.', starting and ending alphanumeric.
    static func labelKey(_ text: String) -> Validated<String> {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2 else {
            return .failure(ValidationError("invalid label key '\(text)': at most one '/' is allowed"))
        }
        if parts.count == 2, !isDNSSubdomain(parts[0]) || parts[0].count > 253 {
            return .failure(ValidationError("invalid label key '\(text)': the prefix '\(parts[0])' must be a DNS subdomain"))
        }
        let name = parts[parts.count - 1]
        guard !name.isEmpty, name.count <= 63, isLabelValueShape(name) else {
            return .failure(ValidationError(
                "invalid label key '\(text)': the name must be 1-63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit"))
        }
        return .success(text)
    }

    /// A label value: empty, or at most 63 letters, digits, '-', '_' and '.', starting and
    /// ending alphanumeric.
    static func labelValue(_ text: String) -> Validated<String> {
        guard text.isEmpty || (text.count <= 63 && isLabelValueShape(text)) else {
            return .failure(ValidationError(
                "invalid label value '\(text)': expected at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit"))
        }
        return .success(text)
    }

    /// A key of a Secret's data: letters, digits, '-', '_' and '.'.
    static func secretKey(_ text: String) -> Validated<String> {
        guard !text.isEmpty, text.count <= 253, text != ".", text != "..",
              text.allSatisfy({ CharacterClass.isAlnum($0) || "-_.".contains($0) }) else {
            return .failure(ValidationError("invalid secret key '\(text)': expected letters, digits, '-', '_' or '.'"))
        }
        return .success(text)
    }

    static func isDNSLabel(_ text: some StringProtocol) -> Bool {
        guard let first = text.first, let last = text.last, text.count <= 63 else { return false }
        return CharacterClass.isLowerAlnum(first) && CharacterClass.isLowerAlnum(last)
            && text.allSatisfy { CharacterClass.isLowerAlnum($0) || $0 == "-" }
    }

    static func isDNSSubdomain(_ text: String) -> Bool {
        !text.isEmpty && text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { isDNSLabel($0) }
    }

    private static func isLabelValueShape(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        return CharacterClass.isAlnum(first) && CharacterClass.isAlnum(last)
            && text.allSatisfy { CharacterClass.isAlnum($0) || "-_.".contains($0) }
    }
}
