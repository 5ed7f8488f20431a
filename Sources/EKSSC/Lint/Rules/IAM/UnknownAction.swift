/// EKS-IAM-007: an action its service does not have (`s3:GetObjekt`).
struct UnknownAction: LintRule {
    let id = "EKS-IAM-007"
    let name = "UnknownAction"
    let defaultSeverity = Severity.error
    let title = "An action does not exist in its service"
    let rationale = """
        IAM accepts unknown action names and grants nothing for them; the typo surfaces as an \
        AccessDenied in production (IAM User Guide, "Service Authorization Reference"; the names \
        are checked against that list).
        """
    let fix = "use the action's name from the Service Authorization Reference"
    let badExample = """
        app api in shop {
          iam-role { allow "s3:GetObjekt" on "arn:aws:s3:::shop-assets/*" }
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
                guard !name.hasWildcard, let service = action.service, action.matches.isEmpty else { return nil }
                let suggestion = Suggestion.didYouMean(name.action, among: service.actions.values.map(\.name))
                return finding("unknown action '\(name.text)': service '\(name.service)' has no action '\(name.action)'",
                               at: statement.range, hint: suggestion.map { $0.replacingFirst("'", with: "'\(name.service):") } ?? fix)
            }
        }
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced.
    func replacingFirst(_ target: Character, with replacement: String) -> String {
        guard let index = firstIndex(of: target) else { return self }
        return String(self[..<index]) + replacement + String(self[self.index(after: index)...])
    }
}
