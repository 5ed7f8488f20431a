/// EKS-IAM-001: `*` or `service:*` in an allow.
struct WildcardAction: LintRule {
    let id = "EKS-IAM-001"
    let name = "WildcardAction"
    let defaultSeverity = Severity.warning
    let title = "An allow grants every action ('*') or every action of a service ('service:*')"
    let rationale = """
        A wildcard grants every current and future action, including permissions management \
        (IAM User Guide, "Security best practices in IAM: Apply least-privilege permissions"; \
        EKS Best Practices Guide, Identity and Access Management, "Employ least privileged access \
        when creating RoleBindings and ClusterRoleBindings" and IRSA scoping).
        """
    let fix = "list the actions the app calls"
    let badExample = """
        app api in shop {
          iam-role { allow "s3:*" on "arn:aws:s3:::shop-assets/*" }
        }
        """
    let goodExample = """
        app api in shop {
          iam-role { allow "s3:GetObject", "s3:PutObject" on "arn:aws:s3:::shop-assets/*" }
        }
        """

    func check(_ context: LintContext) -> [LintFinding] {
        context.statements.compactMap { item in
            let statement = item.statement
            guard statement.effect == .allow else { return nil }
            let wild = item.actions.map(\.name).filter { $0.text == "*" || $0.action == "*" }.map(\.text)
            guard !wild.isEmpty else { return nil }
            return finding("allow of '\(wild.joined(separator: "', '"))' grants every action\(wild == ["*"] ? "" : " of the service")",
                           at: statement.range)
        }
    }
}
