/// EKS-IAM-011: an app role without a boundary when the cluster says `require-boundary`.
struct MissingPermissionsBoundary: LintRule {
    let id = "EKS-IAM-011"
    let name = "MissingPermissionsBoundary"
    let defaultSeverity = Severity.error
    let title = "An app role has no permissions boundary although the cluster requires one"
    let rationale = """
        A permissions boundary caps what a role can ever be granted, whatever its policies say; \
        platforms that let teams write their own policies require one on every role (IAM User \
        Guide, "Permissions boundaries for IAM entities"). 'require-boundary' in the cluster block \
        states that requirement.
        """
    let fix = "add 'boundary \"arn:aws:iam::ACCOUNT:policy/NAME\"' to the iam-role block"
    let badExample = """
        cluster demo {
          account "123456789012"
          region "us-west-2"
          oidc "https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E"
          secrets-encryption "arn:aws:kms:us-west-2:123456789012:key/12345678-1234-1234-1234-123456789012"
          logging api, audit, authenticator
          endpoint private
          authentication api
          require-boundary
        }
        app api in shop {
          iam-role { allow "s3:GetObject" on "arn:aws:s3:::shop-assets/*" }
        }
        """
    let goodExample = """
        cluster demo {
          account "123456789012"
          region "us-west-2"
          oidc "https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E"
          secrets-encryption "arn:aws:kms:us-west-2:123456789012:key/12345678-1234-1234-1234-123456789012"
          logging api, audit, authenticator
          endpoint private
          authentication api
          require-boundary
        }
        app api in shop {
          iam-role {
            allow "s3:GetObject" on "arn:aws:s3:::shop-assets/*"
            boundary "arn:aws:iam::123456789012:policy/team-boundary"
          }
        }
        """

    func check(_ context: LintContext) -> [LintFinding] {
        guard context.model.cluster.requiresPermissionsBoundary else { return [] }
        return context.model.apps.compactMap { app in
            guard let role = app.iamRole, role.permissionsBoundary == nil else { return nil }
            return finding("the role of app '\(app.name)' has no permissions boundary; the cluster requires one",
                           at: role.range)
        }
    }
}
