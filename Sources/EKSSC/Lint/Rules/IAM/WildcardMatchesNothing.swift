/// EKS-IAM-008: a wildcard action pattern that matches no action (`s3:Gte*`).
struct WildcardMatchesNothing: LintRule {
    let id = "EKS-IAM-008"
    let name = "WildcardMatchesNothing"
    let defaultSeverity = Severity.error
    let title = "A wildcard action pattern matches no action of its service"
    let rationale = """
        A pattern that matches nothing grants nothing today and may match an unreviewed action that \
        AWS adds later (IAM User Guide, "IAM JSON policy elements: Action"; checked against the \
        Service Authorization Reference).
        """
    let fix = "correct the pattern, or list the actions"
    let badExample = """
        app api in shop {
          iam-role { allow "s3:Gte*" on "arn:aws:s3:::shop-assets/*" }
        }
        """
    let goodExample = """
        app api in shop {
          iam-role { allow "s3:GetObject*" on "arn:aws:s3:::shop-assets/*" }
        }
        """

    func check(_ context: LintContext) -> [LintFinding] {
        context.statements.flatMap { statement in
            statement.actions.compactMap { action -> LintFinding? in
                let name = action.name
                guard name.hasWildcard, action.service != nil, action.matches.isEmpty else { return nil }
                return finding("'\(name.text)' matches no action of service '\(name.service)'", at: statement.range)
            }
        }
    }
}
