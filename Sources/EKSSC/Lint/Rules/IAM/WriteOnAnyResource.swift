/// EKS-IAM-002: write or permissions-management actions on resource `*`.
struct WriteOnAnyResource: LintRule {
    let id = "EKS-IAM-002"
    let name = "WriteOnAnyResource"
    let defaultSeverity = Severity.warning
    let title = "Write or permissions-management actions are allowed on every resource ('*')"
    let rationale = """
        Resource '*' lets the app change every bucket, queue or key of the account, not just its \
        own (IAM User Guide, "Security best practices in IAM: Apply least-privilege permissions"). \
        Access levels come from the Service Authorization Reference.
        """
    let fix = "name the ARNs the app writes to"
    let badExample = """
        app api in shop {
          iam-role { allow "sqs:SendMessage" on "*" }
        }
        """
    let goodExample = """
        app api in shop {
          iam-role { allow "sqs:SendMessage" on "arn:aws:sqs:us-west-2:123456789012:orders" }
        }
        """

    func check(_ context: LintContext) -> [LintFinding] {
        context.statements.compactMap { item in
            let statement = item.statement
            guard statement.effect == .allow, statement.resources.contains("*") else { return nil }
            let writes = item.actions.filter { action in
                if action.name.text == "*" { return true }
                return action.matches.contains {
                    $0.accessLevel == .write || $0.accessLevel == .permissionsManagement
                        || $0.accessLevel == .tagging
                }
            }
            .map(\.name.text)
            guard !writes.isEmpty else { return nil }
            return finding("'\(writes.joined(separator: "', '"))' may change every resource ('*')", at: statement.range)
        }
    }
}
