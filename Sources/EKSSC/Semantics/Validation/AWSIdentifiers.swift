/// Validators of AWS identifiers that are not ARNs: accounts, regions, OIDC issuers, security
/// group and EFS file-system ids.
enum AWSIdentifiers {
    /// An AWS account id: exactly 12 digits.
    static func account(_ text: String) -> Validated<String> {
        guard text.count == 12, text.allSatisfy(CharacterClass.isDigit) else {
            return .failure(ValidationError("invalid AWS account '\(text)': expected exactly 12 digits"))
        }
        return .success(text)
    }

    /// A region AWS has, such as `us-west-2`, `eu-central-1`, `us-gov-west-1`, `cn-north-1`
    /// (`AWSRegions`); an unknown one gets the closest known region as hint.
    static func region(_ text: String) -> Validated<String> {
        guard AWSRegions.isKnown(text) else {
            return .failure(ValidationError("unknown region '\(text)': expected an AWS region such as 'us-west-2'",
                                            hint: Suggestion.didYouMean(text, among: AWSRegions.all)))
        }
        return .success(text)
    }

    /// The OIDC issuer of an EKS cluster, `https://oidc.eks.<region>.amazonaws.com/id/<ID>`
    /// (`.amazonaws.com.cn` in China). Returns the issuer and the region it names.
    static func oidcIssuer(_ text: String) -> Validated<(issuer: String, region: String)> {
        let expected = "expected 'https://oidc.eks.<region>.amazonaws.com/id/<ID>'"
        let prefix = "https://oidc.eks."
        guard text.hasPrefix(prefix) else {
            return .failure(ValidationError("invalid OIDC issuer '\(text)': \(expected)"))
        }
        let rest = text.dropFirst(prefix.count)
        guard let marker = rest.firstRange(of: "/id/") else {
            return .failure(ValidationError("invalid OIDC issuer '\(text)': \(expected)"))
        }
        let host = String(rest[..<marker.lowerBound])
        let id = String(rest[marker.upperBound...])
        let region: String
        if host.hasSuffix(".amazonaws.com.cn") {
            region = String(host.dropLast(".amazonaws.com.cn".count))
            guard region.hasPrefix("cn-") else {
                return .failure(ValidationError("invalid OIDC issuer '\(text)': '.amazonaws.com.cn' is only for China regions"))
            }
        } else if host.hasSuffix(".amazonaws.com") {
            region = String(host.dropLast(".amazonaws.com".count))
            guard !region.hasPrefix("cn-") else {
                return .failure(ValidationError("invalid OIDC issuer '\(text)': a China region needs '.amazonaws.com.cn'"))
            }
        } else {
            return .failure(ValidationError("invalid OIDC issuer '\(text)': \(expected)"))
        }
        if let failure = self.region(region).failure {
            return .failure(ValidationError("invalid OIDC issuer '\(text)': '\(region)' is not an AWS region",
                                            hint: failure.hint))
        }
        guard !id.isEmpty, id.allSatisfy({ CharacterClass.isDigit($0) || ($0.isASCII && $0.isUppercase) || CharacterClass.isLowerHex($0) }) else {
            return .failure(ValidationError("invalid OIDC issuer '\(text)': the id must be hexadecimal or uppercase letters and digits"))
        }
        return .success((text, region))
    }

    /// A security group id: `sg-` and 8 or 17 lowercase hex digits.
    static func securityGroup(_ text: String) -> Validated<String> {
        hexID(text, prefix: "sg-", what: "security group id")
    }

    /// An EFS file system id: `fs-` and 8 or 17 lowercase hex digits.
    static func efsFileSystem(_ text: String) -> Validated<String> {
        hexID(text, prefix: "fs-", what: "EFS file system id")
    }

    /// A VPC id: `vpc-` and 8 or 17 lowercase hex digits.
    static func vpc(_ text: String) -> Validated<String> {
        hexID(text, prefix: "vpc-", what: "VPC id")
    }

    private static func hexID(_ text: String, prefix: String, what: String) -> Validated<String> {
        let digits = text.dropFirst(prefix.count)
        guard text.hasPrefix(prefix), digits.count == 8 || digits.count == 17,
              digits.allSatisfy(CharacterClass.isLowerHex) else {
            return .failure(ValidationError(
                "invalid \(what) '\(text)': expected '\(prefix)' and 8 or 17 lowercase hex digits"))
        }
        return .success(text)
    }
}
