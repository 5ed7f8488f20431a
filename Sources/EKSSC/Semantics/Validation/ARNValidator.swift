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
        guard !parts[2].isEmpty, parts[2].utf8.allSatisfy({ CharacterClass.isLowerAlnum($0) || $0 == UInt8(ascii: "-") }) else {
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
        if text == "*" || isPlainPolicyResource(text) { return .success(text) }
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

    /// Whether `text` is an ASCII ARN `policyResource` accepts, decided on its bytes without
    /// splitting it into strings (every resource of a statement comes through here). False
    /// sends the text through the checks one by one, for the message.
    private static func isPlainPolicyResource(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            // The first, second, third and fifth `:` (the fields 0, 1, 2 and 5 lie between).
            var colons = 0, first = 0, second = 0, third = 0, fifth = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x80 else { return false }
                guard byte == UInt8(ascii: ":"), colons < 5 else { continue }
                colons += 1
                switch colons {
                case 1: first = index
                case 2: second = index
                case 3: third = index
                case 5: fifth = index
                default: break
                }
            }
            guard colons == 5, first == 3, bytes[0] == UInt8(ascii: "a"), bytes[1] == UInt8(ascii: "r"),
                  bytes[2] == UInt8(ascii: "n") else { return false }
            let partition = UnsafeBufferPointer(rebasing: bytes[(first + 1)..<second])
            let partitionOK = Partition(rawValue: String(decoding: partition, as: UTF8.self)) != nil
                || partition.contains(UInt8(ascii: "*")) || partition.contains(UInt8(ascii: "?"))
            return partitionOK && third > second + 1 && fifth + 1 < bytes.count
        } ?? false
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
    private static let namePunctuationBytes: [UInt8] = Array("+=,.@_-".utf8)

    private enum Owner { case account, accountOrAWS }

    private static func iamPrincipal(_ text: String, type: String, owner: Owner) -> Validated<ARN> {
        // Built only for a message.
        var shape: String {
            owner == .account
                ? "arn:<partition>:iam::<account>:\(type)/[path/]name"
                : "arn:<partition>:iam::(aws|<account>):\(type)/[path/]name"
        }
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
            // Every allowed character is one ASCII byte: the bytes tell. The name (the last
            // level of the path) is not empty when the path does not end in `/`.
            let path = arn.resource.utf8.dropFirst(type.utf8.count + 1)
            let allowed: (UInt8) -> Bool = {
                CharacterClass.isAlnum($0) || namePunctuationBytes.contains($0) || $0 == UInt8(ascii: "/")
            }
            guard let last = path.last, last != UInt8(ascii: "/"), path.allSatisfy(allowed) else {
                return .failure(ValidationError("invalid IAM \(type) name in '\(text)'"))
            }
            return .success(arn)
        }
    }
}
