/// EKS-IAM-010: an action whose resource types cannot match any resource of the statement.
struct ResourceTypeMismatch: LintRule {
    let id = "EKS-IAM-010"
    let name = "ResourceTypeMismatch"
    let defaultSeverity = Severity.warning
    let title = "An action cannot apply to the resources the statement names"
    let rationale = """
        Each action applies to particular resource types, each with an ARN format (Service \
        Authorization Reference, "Resource types defined by ..."). s3:GetObject on a bucket ARN \
        without '/...' grants nothing: the object ARN is needed.
        """
    let fix = "name an ARN of the action's resource type (an object ARN for s3:GetObject: \"arn:aws:s3:::bucket/*\")"
    let badExample = """
        app api in shop {
          iam-role { allow "s3:GetObject" on "arn:aws:s3:::shop-assets" }
        }
        """
    let goodExample = """
        app api in shop {
          iam-role { allow "s3:GetObject" on "arn:aws:s3:::shop-assets/*" }
        }
        """

    func check(_ context: LintContext) -> [LintFinding] {
        context.statements.flatMap { statement -> [LintFinding] in
            let resources = statement.statement.resources.filter { $0 != "*" }.map { Array($0.utf8) }
            guard !resources.isEmpty else { return [] }
            return statement.actions.compactMap { action -> LintFinding? in
                let name = action.name
                guard !name.hasWildcard, let service = action.service, let info = action.matches.first,
                      !info.resourceTypes.isEmpty else { return nil }
                let compiled = info.resourcePatterns
                guard !compiled.isEmpty,
                      !resources.contains(where: { resource in compiled.contains { ARNPattern.matches($0, resource) } })
                else { return nil }
                let patterns = info.resourceTypes.compactMap { service.resourceTypes[$0] }
                let types = info.resourceTypes.sorted().joined(separator: ", ")
                return finding("'\(name.text)' applies to \(types); no resource of the statement is one",
                               at: statement.range,
                               hint: "the ARN format is \(patterns.min { ($0.count, $0) < ($1.count, $1) } ?? "")")
            }
        }
    }
}

/// Matches a resource ARN as written in a policy against a Service Authorization Reference ARN
/// pattern such as `arn:${Partition}:s3:::${BucketName}/${ObjectName}`.
///
/// A `${...}` placeholder matches any text without `:` or `/`, except a last placeholder right
/// after a `/`, which matches anything (object keys, paths). A `*` or `?` in the resource may
/// stand for any text, so a resource with wildcards is only compared up to its first wildcard.
enum ARNPattern {
    static func matches(_ pattern: String, _ resource: String) -> Bool {
        matches(Array(pattern.utf8), Array(resource.utf8))
    }

    static func matches(_ p: [UInt8], _ r: [UInt8]) -> Bool {
        if let wildcard = r.firstIndex(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") }) {
            return matchPrefix(p, 0, Array(r[..<wildcard]), 0)
        }
        return match(p, 0, r, 0)
    }

    private static let dollar = UInt8(ascii: "$"), open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
    private static let slash = UInt8(ascii: "/"), colon = UInt8(ascii: ":")

    /// The end of the placeholder starting at `i` (just past `}`), or nil when none starts there.
    private static func placeholderEnd(_ p: [UInt8], _ i: Int) -> Int? {
        guard i + 1 < p.count, p[i] == dollar, p[i + 1] == open else { return nil }
        var j = i + 2
        while j < p.count, p[j] != close { j += 1 }
        return j < p.count ? j + 1 : nil
    }

    /// Literal bytes are compared in a loop; only a placeholder recurses (a call per byte was
    /// most of the rule's time on a large file).
    private static func match(_ p: [UInt8], _ i: Int, _ r: [UInt8], _ k: Int) -> Bool {
        var i = i, k = k
        while true {
            if i == p.count { return k == r.count }
            if let end = placeholderEnd(p, i) {
                if end == p.count, i > 0, p[i - 1] == slash { return true }
                var m = k
                while true {
                    if match(p, end, r, m) { return true }
                    guard m < r.count, r[m] != slash, r[m] != colon else { return false }
                    m += 1
                }
            }
            guard k < r.count, p[i] == r[k] else { return false }
            i += 1
            k += 1
        }
    }

    /// Whether some completion of the resource prefix `r[k...]` matches `p[i...]`.
    private static func matchPrefix(_ p: [UInt8], _ i: Int, _ r: [UInt8], _ k: Int) -> Bool {
        var i = i, k = k
        while true {
            if k == r.count { return true }
            if i == p.count { return false }
            if let end = placeholderEnd(p, i) {
                if end == p.count, i > 0, p[i - 1] == slash { return true }
                var m = k
                while true {
                    if matchPrefix(p, end, r, m) { return true }
                    if m == r.count { return true }
                    guard r[m] != slash, r[m] != colon else { return false }
                    m += 1
                }
            }
            guard p[i] == r[k] else { return false }
            i += 1
            k += 1
        }
    }
}
