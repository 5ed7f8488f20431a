/// Validators of Kubernetes object names and labels (the apimachinery rules).
enum KubernetesNames {
    /// A DNS-1123 label: at most 63 lowercase letters, digits and '-', starting and ending
    /// alphanumeric. Namespaces are labels.
    static func label(_ text: String, what: String = "name") -> Validated<String> {
        // Characters never outnumber UTF-8 bytes: count characters only for a long text.
        guard text.utf8.count <= 63 || text.count <= 63 else {
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
        guard text.utf8.count <= 253 || text.count <= 253 else {
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
        guard text.utf8.count <= 253 || text.count <= 253 else {
            return .failure(ValidationError("serviceaccount name '\(text)' is longer than 253 characters"))
        }
        guard isDottedLabels(text, maximumPart: .max) else {
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
        // Every accepted character is one ASCII byte, so the bytes tell (and count).
        guard !text.isEmpty, text.utf8.count <= 253, text != ".", text != "..",
              text.utf8.allSatisfy({ CharacterClass.isAlnum($0) || $0 == UInt8(ascii: "-")
                  || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") }) else {
            return .failure(ValidationError("invalid secret key '\(text)': expected letters, digits, '-', '_' or '.'"))
        }
        return .success(text)
    }

    /// Every accepted character is one ASCII byte (a non-ASCII character has no accepted
    /// byte), so these look at the UTF-8 bytes: same answer, no grapheme breaking.
    static func isDNSLabel(_ text: some StringProtocol) -> Bool {
        var count = 0
        var previous = UInt8(ascii: "-")
        for byte in text.utf8 {
            guard CharacterClass.isLowerAlnum(byte) || (byte == UInt8(ascii: "-") && count > 0) else { return false }
            count += 1
            previous = byte
        }
        return count > 0 && count <= 63 && CharacterClass.isLowerAlnum(previous)
    }

    static func isDNSSubdomain(_ text: String) -> Bool {
        isDottedLabels(text, maximumPart: 63)
    }

    /// Whether `text` is non-empty dot-separated parts of at most `maximumPart` lowercase
    /// letters, digits and '-', each starting and ending with a letter or digit.
    static func isDottedLabels(_ text: String, maximumPart: Int) -> Bool {
        var partLength = 0
        var previous = UInt8(ascii: ".")
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") {
                guard partLength > 0, CharacterClass.isLowerAlnum(previous) else { return false }
                partLength = 0
            } else {
                guard CharacterClass.isLowerAlnum(byte) || (byte == UInt8(ascii: "-") && partLength > 0) else {
                    return false
                }
                partLength += 1
                guard partLength <= maximumPart else { return false }
            }
            previous = byte
        }
        return partLength > 0 && CharacterClass.isLowerAlnum(previous)
    }

    private static func isLabelValueShape(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        return CharacterClass.isAlnum(first) && CharacterClass.isAlnum(last)
            && text.allSatisfy { CharacterClass.isAlnum($0) || "-_.".contains($0) }
    }
}
