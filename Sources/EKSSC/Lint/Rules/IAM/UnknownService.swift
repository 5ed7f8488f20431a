/// EKS-IAM-006: an action of a service IAM does not have.
struct UnknownService: LintRule {
    let id = "EKS-IAM-006"
    let name = "UnknownService"
    let defaultSeverity = Severity.error
    let title = "An action names a service that IAM does not know"
    let rationale = """
        IAM accepts a policy with a misspelt service prefix and silently grants nothing, so the app \
        fails at run time, or a later correction grants more than reviewed (IAM User Guide, \
        "Service Authorization Reference"; the prefixes are checked against that list).
        """
    let fix = "use the service prefix from the Service Authorization Reference"
    let badExample = """
        app api in shop {
          iam-role { allow "s4:GetObject" on "arn:aws:s3:::shop-assets/*" }
        }
        """
    let goodExample = """
        app api in shop {
          iam-role { allow "s3:GetObject" on "arn:aws:s3:::shop-assets/*" }
        }
        """

    func check(_ context: LintContext) -> [LintFinding] {
        context.statements.flatMap { statement in
            statement.actions.compactMap { action -> LintFinding? in
                let name = action.name
                guard action.service == nil, !name.service.contains("*") else { return nil }
                return finding("unknown IAM service '\(name.service)' in '\(name.text)'", at: statement.range,
                               hint: Suggestion.didYouMean(name.service, among: context.actions.prefixes) ?? fix)
            }
        }
    }
}
