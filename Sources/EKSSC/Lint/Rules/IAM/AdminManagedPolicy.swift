/// EKS-IAM-004: an administrator-level AWS managed policy.
struct AdminManagedPolicy: LintRule {
    let id = "EKS-IAM-004"
    let name = "AdminManagedPolicy"
    let defaultSeverity = Severity.error
    let title = "An app's role has an administrator-level AWS managed policy"
    let rationale = """
        AdministratorAccess, PowerUserAccess, IAMFullAccess and their kin grant (nearly) the whole \
        account to every pod that runs as the ServiceAccount (IAM User Guide, "AWS managed policies \
        for job functions"; EKS Best Practices Guide, Identity and Access Management, IRSA).
        """
    let fix = "write the statements the app needs, or attach a narrow managed policy"
    let badExample = """
        app api in shop {
          iam-role { managed "arn:aws:iam::aws:policy/AdministratorAccess" }
        }
        """
    let goodExample = """
        app api in shop {
          iam-role { managed "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess" }
        }
        """

    static let policies: Set<String> = [
        "AdministratorAccess", "PowerUserAccess", "IAMFullAccess", "AWSOrganizationsFullAccess",
        "AmazonEC2FullAccess", "AmazonS3FullAccess", "SecretsManagerReadWrite", "AWSKeyManagementServicePowerUser",
        "AWSLambda_FullAccess", "AmazonDynamoDBFullAccess", "AmazonRDSFullAccess",
    ]

    func check(_ context: LintContext) -> [LintFinding] {
        context.model.apps.flatMap { app in
            (app.iamRole?.managedPolicies ?? []).compactMap { arn -> LintFinding? in
                // The cheap test first: the name after the last '/', then that AWS manages the policy.
                guard let slash = arn.utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
                let name = String(arn[arn.utf8.index(after: slash)...])
                guard Self.policies.contains(name), arn.split(separator: ":", omittingEmptySubsequences: false).dropFirst(4).first == "aws" else { return nil }
                return finding("app '\(app.name)' gets the administrator-level managed policy '\(name)'",
                               at: context.sources.managedPolicy(arn, of: app))
            }
        }
    }
}
