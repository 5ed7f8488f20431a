/// Runs the catalog over a checked model, applies levels and `waive` statements, and reports the
/// waivers themselves when they lack a reason, name no rule, or waive nothing.
enum LintRunner {
    static func run(_ model: SecurityModel, syntax: SourceFileSyntax,
                           configuration: LintConfiguration = LintConfiguration()) -> LintReport {
        let context = LintContext(model: model, syntax: syntax)
        var results: [LintResult] = []
        var used = Set<Int>()
        let waivers = syntax.waivers
        let enabled = LintCatalog.rules.filter {
            !LintCatalog.isWaiverRule($0.id) && configuration.severity(of: $0) != nil
        }
        // The rules are independent: they run side by side, and their findings are taken in
        // catalog order, so the report does not depend on scheduling.
        let findings = enabled.concurrentMap { rule in rule.check(context) }
        for (rule, ruleFindings) in zip(enabled, findings) {
            guard let severity = configuration.severity(of: rule) else { continue }
            // One finding per rule and range: a source line that yields several model objects
            // (an RBAC `allow` naming two API groups) is reported once.
            var seen = Set<SourceRange>()
            for finding in ruleFindings where seen.insert(finding.range).inserted {
                let waiver = waivers.indices.first { index in
                    waivers[index].ruleID.value == rule.id && waivers[index].covers(finding.range)
                }
                if let waiver { used.insert(waiver) }
                results.append(LintResult(
                    finding: finding, severity: severity,
                    waiver: waiver.map { AppliedWaiver(reason: waivers[$0].reason?.value ?? "", range: waivers[$0].range) }))
            }
        }
        results += waiverFindings(waivers, used: used, configuration: configuration)
        return LintReport(results: results)
    }

    /// Findings about the `waive` statements themselves; these cannot be waived.
    static func waiverFindings(_ waivers: [WaiverSyntax], used: Set<Int>,
                               configuration: LintConfiguration) -> [LintResult] {
        var findings: [LintFinding] = []
        for (index, waiver) in waivers.enumerated() {
            let id = waiver.ruleID.value
            if waiver.reason.map({ $0.value.allSatisfy { $0 == " " || $0 == "\t" } }) ?? true {
                findings.append(WaiverWithoutReason().finding(
                    "waiver of \(id) gives no reason", at: waiver.range))
            }
            guard let rule = LintCatalog.rule(id), !LintCatalog.isWaiverRule(id) else {
                let suggestion = Suggestion.didYouMean(id, among: LintCatalog.rules.map(\.id))
                findings.append(UnknownWaivedRule().finding(
                    LintCatalog.isWaiverRule(id) ? "\(id) cannot be waived" : "waiver names unknown rule '\(id)'",
                    at: waiver.ruleID.range, hint: suggestion))
                continue
            }
            if !used.contains(index), configuration.severity(of: rule) != nil {
                findings.append(UnusedWaiver().finding(
                    "\(id) finds nothing here to waive", at: waiver.range))
            }
        }
        return findings.compactMap { finding in
            guard let rule = LintCatalog.rule(finding.ruleID), let severity = configuration.severity(of: rule) else {
                return nil
            }
            return LintResult(finding: finding, severity: severity)
        }
    }
}
