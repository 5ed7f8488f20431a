/// docs/rules.md, generated from the catalog: one section per rule with its id, level, title,
/// rationale, fix, and a bad and a good example. A test keeps the committed file current.
enum LintDocumentation {
    /// The clean file every example is checked after (a cluster block, unless the example has
    /// its own, and namespace `shop` with tiers `web` and `db`).
    static let exampleBase = """
        cluster demo {
          account "123456789012"
          region "us-west-2"
          oidc "https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E"
          secrets-encryption "arn:aws:kms:us-west-2:123456789012:key/12345678-1234-1234-1234-123456789012"
          logging api, audit, authenticator
          endpoint private
          authentication api
        }
        namespace shop { pod-security restricted }
        tier web in shop
        tier db in shop
        flow cidr "10.0.0.0/16" -> web on tcp/8443
        flow web -> db on tcp/5432

        """

    /// A whole `.sec` file: the base (without its cluster when the example declares one), then
    /// the example.
    static func file(with example: String) -> String {
        var lines = exampleBase.split(separator: "\n", omittingEmptySubsequences: false)
        if example.hasPrefix("cluster ") || example.contains("\ncluster "), let close = lines.firstIndex(of: "}") {
            lines.removeSubrange(0...close)
        }
        return lines.joined(separator: "\n") + example + "\n"
    }

    static func markdown() -> String {
        var out = """
            # Lint rules

            <!-- Generated from Sources/EKSSC/Lint (LintDocumentation); do not edit. Regenerate with
                 EKSSC_UPDATE_FIXTURES=1 swift test --filter LintDocumentationTests -->

            `ekssc check` and `ekssc build` run these rules on every file that compiles. A finding is
            printed like any diagnostic, with the rule id after the message; `--rule ID=level|off`
            changes a rule's level, `--fail-on error|warning|note` decides what fails the run, and
            `--output sarif` writes SARIF 2.1.0. A risk a team accepts is waived inside the declaration
            it concerns, with a reason:

            ```
            clusterrole break-glass {
              allow get, list on secrets
              waive EKS-RBAC-004 "break-glass admin, reviewed 2026-11"
            }
            ```

            Each example below is checked after this base file (its cluster block is replaced when the
            example has one):

            ```
            \(exampleBase.trimmed(of: "\n"))
            ```

            The IAM rules check actions, resource types and condition keys against
            \(IAMActionCatalog.source).

            | id | level | rule |
            |---|---|---|

            """
        for rule in LintCatalog.rules {
            out += "| [\(rule.id)](#\(rule.helpAnchor)) | \(rule.defaultSeverity.rawValue) | \(rule.title) |\n"
        }
        for rule in LintCatalog.rules {
            out += """

                <a id="\(rule.helpAnchor)"></a>
                ## \(rule.id) \(rule.name)

                **\(rule.title).** Default level: \(rule.defaultSeverity.rawValue).

                \(rule.rationale)\(rule.guideSection.map { "\n\n**Guide:** \($0)." } ?? "")

                **Fix:** \(rule.fix)

                Reported:

                ```
                \(rule.badExample)
                ```

                Not reported:

                ```
                \(rule.goodExample)
                ```

                """
        }
        return out
    }
}

extension String {
    /// The string without leading and trailing characters of `set`.
    func trimmed(of set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}
