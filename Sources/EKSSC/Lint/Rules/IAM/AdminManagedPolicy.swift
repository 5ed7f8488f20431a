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
                guard arn.contains(":iam::aws:policy/"),
                      let name = arn.split(separator: "/").last.map(String.init), Self.policies.contains(name) else { return nil }
                return finding("app '\(app.name)' gets the administrator-level managed policy '\(name)'",
                               at: context.sources.managedPolicies["\(app.namespace)/\(app.name)"]?[arn]
                                   ?? app.iamRole?.range ?? app.range)
            }
        }
    }
}
