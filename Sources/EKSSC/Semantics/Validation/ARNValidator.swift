/// Validators of ARNs, generic and per use (KMS key, IAM user, IAM role, managed policy, a
/// policy statement's resource).
enum ARNValidator {
    /// Any well-formed ARN: `arn:<partition>:<service>:<region>:<account>:<resource>` with a
    /// known partition and a lowercase service.
    static func arn(_ text: String) -> Validated<ARN> {
        let parts = fields(of: text)
        guard parts.count == 6, parts[0] == "arn" else {
            return .failure(ValidationError(
                "invalid ARN '\(text)': expected 'arn:<partition>:<service>:<region>:<account>:<resource>'"))
        }
        guard let partition = Partition(rawValue: parts[1]) else {
            return .failure(ValidationError(
                "invalid ARN '\(text)': unknown partition '\(parts[1])', expected aws, aws-cn or aws-us-gov",
                hint: Suggestion.didYouMean(parts[1], among: Partition.allCases.map(\.rawValue))))
        }
        guard !parts[2].isEmpty, parts[2].allSatisfy({ CharacterClass.isLowerAlnum($0) || $0 == "-" }) else {
            return .failure(ValidationError("invalid ARN '\(text)': the service must be lowercase letters, digits and '-'"))
        }
        guard !parts[5].isEmpty else {
            return .failure(ValidationError("invalid ARN '\(text)': the resource is empty"))
        }
        return .success(ARN(partition: partition, service: parts[2], region: parts[3], account: parts[4],
                            resource: parts[5]))
    }

    /// A KMS key: `arn:<p>:kms:<region>:<account>:key/<id>`. An alias is rejected: grants and
    /// encryption settings need the key itself.
    static func kmsKey(_ text: String) -> Validated<ARN> {
        arn(text).flatMap { arn in
            guard arn.service == "kms" else {
                return .failure(ValidationError("expected a KMS key ARN, got a '\(arn.service)' ARN '\(text)'"))
            }
            if arn.resource.hasPrefix("alias/") {
                return .failure(ValidationError("expected a KMS key ARN (key/<id>), got an alias '\(text)'"))
            }
            if let failure = AWSIdentifiers.region(arn.region).failure { return .failure(failure) }
            if let failure = AWSIdentifiers.account(arn.account).failure { return .failure(failure) }
            let id = arn.resource.dropFirst("key/".count)
            let isMultiRegion = id.hasPrefix("mrk-") && id.count > 4 && id.dropFirst(4).allSatisfy(CharacterClass.isHex)
            guard arn.resource.hasPrefix("key/"), !id.isEmpty,
                  isMultiRegion || id.allSatisfy({ CharacterClass.isHex($0) || $0 == "-" }) else {
                return .failure(ValidationError("expected a KMS key ARN (key/<id>), got '\(text)'"))
            }
            return .success(arn)
        }
    }

    /// An IAM user: `arn:<p>:iam::<account>:user/[path/]name`.
    static func iamUser(_ text: String) -> Validated<ARN> {
        iamPrincipal(text, type: "user", owner: .account)
    }

    /// An IAM role: `arn:<p>:iam::<account>:role/[path/]name`.
    static func iamRole(_ text: String) -> Validated<ARN> {
        iamPrincipal(text, type: "role", owner: .account)
    }

    /// A managed policy: `arn:<p>:iam::(aws|<account>):policy/[path/]name`.
    static func managedPolicy(_ text: String) -> Validated<ARN> {
        iamPrincipal(text, type: "policy", owner: .accountOrAWS)
    }

    /// A resource of an IAM policy statement: `*`, or an ARN in which `*` and `?` may stand for
    /// any part (the partition included).
    static func policyResource(_ text: String) -> Validated<String> {
        if text == "*" { return .success(text) }
        let parts = fields(of: text)
        guard parts.count == 6, parts[0] == "arn" else {
            return .failure(ValidationError(
                "invalid resource '\(text)': expected '*' or an ARN 'arn:<partition>:<service>:<region>:<account>:<resource>'"))
        }
        let partitionOK = Partition(rawValue: parts[1]) != nil || parts[1].contains("*") || parts[1].contains("?")
        guard partitionOK else {
            return .failure(ValidationError(
                "invalid resource '\(text)': unknown partition '\(parts[1])', expected aws, aws-cn or aws-us-gov",
                hint: Suggestion.didYouMean(parts[1], among: Partition.allCases.map(\.rawValue))))
        }
        guard !parts[2].isEmpty, !parts[5].isEmpty else {
            return .failure(ValidationError("invalid resource '\(text)': the service and the resource must not be empty"))
        }
        return .success(text)
    }

    /// The text split at its first five `:`. ARNs are ASCII in practice, and for ASCII text
    /// the UTF-8 bytes split exactly as the characters do, without grapheme breaking; any other
    /// text is split by characters, as always.
    private static func fields(of text: String) -> [String] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).map(String.init)
        }
        return text.utf8.split(separator: UInt8(ascii: ":"), maxSplits: 5, omittingEmptySubsequences: false)
            .map { String(Substring($0)) }
    }

    /// The punctuation IAM allows in user, role and policy names besides letters and digits.
    private static func isNamePunctuation(_ c: Character) -> Bool {
        c.asciiValue.map { "+=,.@_-".utf8.contains($0) } ?? false
    }

    private enum Owner { case account, accountOrAWS }

    private static func iamPrincipal(_ text: String, type: String, owner: Owner) -> Validated<ARN> {
        let shape = owner == .account
            ? "arn:<partition>:iam::<account>:\(type)/[path/]name"
            : "arn:<partition>:iam::(aws|<account>):\(type)/[path/]name"
        return arn(text).flatMap { arn in
            guard arn.service == "iam", arn.region.isEmpty else {
                return .failure(ValidationError("expected an IAM \(type) ARN '\(shape)', got '\(text)'"))
            }
            let accountOK = (owner == .accountOrAWS && arn.account == "aws")
                || AWSIdentifiers.account(arn.account).value != nil
            guard accountOK else {
                return .failure(ValidationError("invalid account '\(arn.account)' in '\(text)': expected exactly 12 digits"))
            }
            guard arn.resource.hasPrefix(type + "/") else {
                return .failure(ValidationError("expected an IAM \(type) ARN '\(shape)', got '\(text)'"))
            }
            let path = arn.resource.dropFirst(type.count + 1)
            let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
            let allowed: (Character) -> Bool = { CharacterClass.isAlnum($0) || isNamePunctuation($0) }
            guard !name.isEmpty, name.allSatisfy(allowed), path.allSatisfy({ allowed($0) || $0 == "/" }) else {
                return .failure(ValidationError("invalid IAM \(type) name in '\(text)'"))
            }
            return .success(arn)
        }
    }
}
