/// EKS-IAM-009: a condition key that neither the service nor AWS's global keys define.
struct UnknownConditionKey: LintRule {
    let id = "EKS-IAM-009"
    let name = "UnknownConditionKey"
    let defaultSeverity = Severity.warning
    let title = "A condition uses a key its service does not define"
    let rationale = """
        IAM evaluates a condition on a key that is never present as not matching (or, with \
        IfExists and negated operators, as matching): a misspelt key silently changes what the \
        statement allows (IAM User Guide, "AWS global condition context keys" and the Service \
        Authorization Reference's condition keys per service).
        """
    let fix = "use a global aws: key or one the service lists"
    let badExample = """
        app api in shop {
          iam-role {
            allow "s3:GetObject" on "arn:aws:s3:::shop-assets/*" when StringEquals "aws:SourceVpcee" = "vpce-0a1b2c3d"
          }
        }
        """
    let goodExample = """
        app api in shop {
          iam-role {
            allow "s3:GetObject" on "arn:aws:s3:::shop-assets/*" when StringEquals "aws:SourceVpce" = "vpce-0a1b2c3d"
          }
        }
        """

    /// AWS global condition keys (IAM User Guide, "AWS global condition context keys"); those
    /// ending in `/` take a tag key.
    static let globalKeys: [String] = [
        "aws:CalledVia", "aws:CalledViaFirst", "aws:CalledViaLast", "aws:CurrentTime", "aws:Ec2InstanceSourcePrivateIPv4",
        "aws:Ec2InstanceSourceVpc", "aws:EpochTime", "aws:FederatedProvider", "aws:MultiFactorAuthAge",
        "aws:MultiFactorAuthPresent", "aws:PrincipalAccount", "aws:PrincipalArn", "aws:PrincipalIsAWSService",
        "aws:PrincipalOrgID", "aws:PrincipalOrgPaths", "aws:PrincipalServiceName", "aws:PrincipalServiceNamesList",
        "aws:PrincipalTag/", "aws:PrincipalType", "aws:referer", "aws:RequestedRegion", "aws:RequestTag/",
        "aws:ResourceAccount", "aws:ResourceOrgID", "aws:ResourceOrgPaths", "aws:ResourceTag/", "aws:SecureTransport",
        "aws:SourceAccount", "aws:SourceArn", "aws:SourceIdentity", "aws:SourceIp", "aws:SourceOrgID",
        "aws:SourceOrgPaths", "aws:SourceVpc", "aws:SourceVpcArn", "aws:SourceVpce", "aws:TagKeys",
        "aws:TokenIssueTime", "aws:UserAgent", "aws:userid", "aws:username", "aws:ViaAWSService", "aws:VpcSourceIp",
        "aws:VpceAccount", "aws:VpceOrgID", "aws:VpceOrgPaths",
    ]
    private static let lowerGlobalKeys = globalKeys.map { $0.lowercased() }

    static func isGlobal(_ key: String) -> Bool {
        let lower = key.lowercased()
        return lowerGlobalKeys.contains { $0.hasSuffix("/") ? lower.hasPrefix($0) && lower.count > $0.count : lower == $0 }
    }

    func check(_ context: LintContext) -> [LintFinding] {
        context.statements.flatMap { statement in
            statement.conditionKeys.compactMap { name -> LintFinding? in
                let key = name.text
                if name.service == "aws" {
                    guard !Self.isGlobal(key) else { return nil }
                    let candidates = Self.globalKeys.filter { !$0.hasSuffix("/") }
                    return finding("'\(key)' is not an AWS global condition key", at: statement.range,
                                   hint: Suggestion.didYouMean(key, among: candidates) ?? fix)
                }
                guard let service = context.services[name.service] else {
                    return finding("condition key '\(key)' names no IAM service", at: statement.range)
                }
                guard !service.hasConditionKey(key) else { return nil }
                return finding("service '\(name.service)' has no condition key '\(key)'", at: statement.range,
                               hint: Suggestion.didYouMean(key, among: service.conditionKeyNames) ?? fix)
            }
        }
    }
}
