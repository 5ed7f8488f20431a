/// Validators of the remote side of a secret: a remote key (`password <- "prod/db"`,
/// `extract "prod/app"`) names exactly one secret or parameter, and a prefix
/// (`extract prefix "prod/app/"`) is the one construct that reads many.
///
/// A key is a literal name: `*` and `?` would become IAM wildcards in the store's policy, so they
/// are refused, as are empty keys and segments, `.` and `..` segments, control and bidirectional
/// formatting characters, and anything outside the characters Secrets Manager and Parameter
/// Store allow in names (`A-Z a-z 0-9 / _ + = . @ -`). An ARN of a secret or parameter is
/// accepted as written, under the same rules for wildcards and controls.
enum RemoteKeys {
    /// The characters AWS allows in secret and parameter names besides letters and digits.
    static let namePunctuation = Set("/_+=.@-".unicodeScalars)

    static func key(_ text: String) -> Validated<String> {
        if let failure = literalFailure(text, what: "remote key") { return .failure(failure) }
        return .success(text)
    }

    /// A prefix: a literal that ends in `/` below at least one named level.
    static func prefix(_ text: String) -> Validated<String> {
        if let failure = literalFailure(text, what: "prefix") { return .failure(failure) }
        if text.hasPrefix("arn:") {
            return .failure(ValidationError("prefix '\(text)' is an ARN: write the name prefix, e.g. 'prod/app/'"))
        }
        guard text.hasSuffix("/"), text.contains(where: { $0 != "/" }) else {
            return .failure(ValidationError("prefix '\(text)' must name a level and end in '/', e.g. 'prod/app/'"))
        }
        return .success(text)
    }

    private static func literalFailure(_ text: String, what: String) -> ValidationError? {
        if isPlainName(text) { return nil }
        // Built only for a message: most keys are fine.
        var shown: String { text.unicodeScalars.map { isControl($0) ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined() }
        guard !text.isEmpty else { return ValidationError("the \(what) is empty") }
        if text.contains("*") || text.contains("?") {
            return ValidationError(
                "\(what) '\(shown)' contains a wildcard: a remote key names one secret",
                hint: "to read every secret under a path, write 'extract prefix \"prod/app/\"'")
        }
        if text.unicodeScalars.contains(where: isControl) {
            return ValidationError("\(what) '\(shown)' contains a control or bidirectional formatting character")
        }
        if text.hasPrefix("arn:") {
            guard text.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) }),
                  let arn = ARNValidator.arn(text).value, ["secretsmanager", "ssm"].contains(arn.service) else {
                return ValidationError("\(what) '\(text)' is not the ARN of a secret or parameter")
            }
            return nil
        }
        if let bad = text.unicodeScalars.first(where: { !(isAlnum($0) || namePunctuation.contains($0)) }) {
            return ValidationError("invalid character '\(bad)' in \(what) '\(shown)': expected letters, digits and '/_+=.@-'")
        }
        let segments = text.split(separator: "/", omittingEmptySubsequences: false).dropFirst(text.hasPrefix("/") ? 1 : 0)
        let inner = text.hasSuffix("/") ? segments.dropLast() : segments[...]
        if inner.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
            return ValidationError("\(what) '\(text)' has an empty, '.' or '..' level")
        }
        return nil
    }

    /// The common case, decided on the UTF-8 bytes without building anything: a non-empty
    /// name of ASCII letters, digits and `/_+=.@-` without an empty, `.` or `..` level. True only
    /// where `literalFailure`'s checks all pass; anything else takes them one by one.
    private static func isPlainName(_ text: String) -> Bool {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var levelLength = 0
        var levelDots = 0
        var levels = 0
        for byte in text.utf8 {
            guard CharacterClass.isAlnum(byte) || namePunctuationBytes.contains(byte) else { return false }
            if byte == slash {
                // A level ends: empty, `.` and `..` are allowed only before a leading `/`.
                if levels > 0 || levelLength > 0, levelLength == 0 || levelDots == levelLength && levelLength <= 2 {
                    return false
                }
                levels += 1
                levelLength = 0
                levelDots = 0
            } else {
                levelLength += 1
                if byte == dot { levelDots += 1 }
            }
        }
        // The last level may be empty only after a trailing `/` (a prefix); `/` alone is one.
        if levelLength == 0 { return levels > 0 }
        return !(levelDots == levelLength && levelLength <= 2)
    }

    /// `namePunctuation` as bytes.
    private static let namePunctuationBytes: [UInt8] = Array("/_+=.@-".utf8)

    private static func isAlnum(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && CharacterClass.isAlnum(UInt8(scalar.value))
    }

    /// C0 and C1 controls, DEL, and the bidirectional marks, embeddings, overrides and isolates.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F..<0xA0, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
