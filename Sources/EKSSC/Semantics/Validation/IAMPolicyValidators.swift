/// Validators of IAM policy vocabulary: actions, condition operators, EKS access policy names.
enum IAMPolicyValidators {
    /// `*`, or `service:Action` with a lowercase service and an action of letters, digits and
    /// the wildcards `*` and `?`.
    static func action(_ text: String) -> Validated<String> {
        if text == "*" { return .success(text) }
        // Every accepted character is ASCII, so the UTF-8 bytes tell: exactly one `:`, a service
        // before it and an action after it.
        var colons = 0, serviceLength = 0, actionLength = 0
        var charactersOK = true
        for byte in text.utf8 {
            if byte == UInt8(ascii: ":") {
                colons += 1
            } else if colons == 0 {
                charactersOK = charactersOK && (CharacterClass.isLowerAlnum(byte) || byte == UInt8(ascii: "-"))
                serviceLength += 1
            } else {
                charactersOK = charactersOK
                    && (CharacterClass.isAlnum(byte) || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "?"))
                actionLength += 1
            }
        }
        guard charactersOK, colons == 1, serviceLength > 0, actionLength > 0 else {
            return .failure(ValidationError("invalid IAM action '\(text)': expected 'service:Action' such as 's3:GetObject', or '*'"))
        }
        return .success(text)
    }

    /// The IAM condition operators without qualifiers.
    static let baseConditionOperators: [String] = [
        "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike", "BinaryEquals", "Bool",
        "DateEquals", "DateGreaterThan", "DateGreaterThanEquals", "DateLessThan", "DateLessThanEquals",
        "DateNotEquals", "IpAddress", "NotIpAddress", "Null",
        "NumericEquals", "NumericGreaterThan", "NumericGreaterThanEquals", "NumericLessThan",
        "NumericLessThanEquals", "NumericNotEquals",
        "StringEquals", "StringEqualsIgnoreCase", "StringLike", "StringNotEquals",
        "StringNotEqualsIgnoreCase", "StringNotLike",
    ]

    /// An operator of the IAM set, optionally with an `IfExists` suffix (not on `Null`) and a
    /// `ForAllValues:` or `ForAnyValue:` prefix.
    static func conditionOperator(_ text: String) -> Validated<String> {
        var base = Substring(text)
        for prefix in ["ForAllValues:", "ForAnyValue:"] where base.hasPrefix(prefix) {
            base = base.dropFirst(prefix.count)
        }
        if base.hasSuffix("IfExists"), base != "NullIfExists" {
            base = base.dropLast("IfExists".count)
        }
        guard baseConditionOperators.contains(String(base)) else {
            return .failure(ValidationError(
                "unknown IAM condition operator '\(text)'",
                hint: Suggestion.didYouMean(String(base), among: baseConditionOperators)))
        }
        return .success(text)
    }

    /// The EKS access policies most configurations use.
    static let knownAccessPolicies: [String] = [
        "AmazonEKSAdminPolicy", "AmazonEKSClusterAdminPolicy", "AmazonEKSEditPolicy", "AmazonEKSViewPolicy",
    ]

    /// An EKS access policy name: a known one or any `AmazonEKS<Name>Policy`.
    static func accessPolicy(_ text: String) -> Validated<String> {
        if knownAccessPolicies.contains(text) { return .success(text) }
        let middle = text.dropFirst("AmazonEKS".count).dropLast("Policy".count)
        if text.hasPrefix("AmazonEKS"), text.hasSuffix("Policy"), !middle.isEmpty,
           middle.allSatisfy(CharacterClass.isAlnum) {
            return .success(text)
        }
        return .failure(ValidationError(
            "unknown EKS access policy '\(text)': expected a name such as 'AmazonEKSViewPolicy'",
            hint: Suggestion.didYouMean(text, among: knownAccessPolicies)))
    }
}
