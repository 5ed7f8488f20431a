/// EKS-ID-001: an app whose ServiceAccount is a pattern (`batch-*`).
struct ServiceAccountPattern: LintRule {
    let id = "EKS-ID-001"
    let name = "ServiceAccountPattern"
    let defaultSeverity = Severity.warning
    let title = "An app's role trusts every ServiceAccount matching a pattern"
    let rationale = """
        A pattern makes the IRSA trust policy match 'sub' with StringLike: anyone who can create a \
        ServiceAccount with a matching name in the namespace gets the role (EKS Best Practices Guide, \
        Identity and Access Management, "Scope the IAM Role trust policy for IRSA Roles to the \
        service account name").
        """
    let fix = "name the ServiceAccount exactly"
    let badExample = """
        app reindex in shop {
          serviceaccount "reindex-*"
          iam-role { allow "s3:GetObject" on "arn:aws:s3:::shop-index/*" }
        }
        """
    let goodExample = """
        app reindex in shop {
          serviceaccount reindex
          iam-role { allow "s3:GetObject" on "arn:aws:s3:::shop-index/*" }
        }
        """

    func check(_ context: LintContext) -> [LintFinding] {
        context.model.apps.filter(\.serviceAccount.isPattern).map { app in
            finding("app '\(app.name)' trusts every ServiceAccount matching '\(app.serviceAccount)'",
                    at: context.sources.serviceAccount(of: app))
        }
    }
}
