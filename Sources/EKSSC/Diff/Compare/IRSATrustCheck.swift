/// Finds the most common IRSA failure: a live trust policy whose web-identity statement no
/// longer admits the declared ServiceAccount (`sub`), audience (`aud`) or OIDC provider.
enum IRSATrustCheck {
    static let webIdentityAction = "sts:AssumeRoleWithWebIdentity"

    /// What a web-identity trust admits: providers and, per condition key, the allowed values
    /// (`StringLike` values are patterns).
    struct Admission {
        var providers: Set<String> = []
        var exact: [String: Set<String>] = [:]
        var patterns: [String: Set<String>] = [:]

        var keys: Set<String> { Set(exact.keys).union(patterns.keys) }

        /// Whether `value` satisfies the condition on `key`.
        func admits(_ value: String, key: String) -> Bool {
            (exact[key] ?? []).contains(value) || (patterns[key] ?? []).contains { Self.glob($0, matches: value) }
        }

        /// IAM's `StringLike`: `*` any run, `?` one character.
        static func glob(_ pattern: String, matches text: String) -> Bool {
            let p = Array(pattern), t = Array(text)
            var pi = 0, ti = 0, star = -1, mark = 0
            while ti < t.count {
                if pi < p.count, p[pi] == "?" || p[pi] == t[ti] {
                    pi += 1
                    ti += 1
                } else if pi < p.count, p[pi] == "*" {
                    star = pi
                    mark = ti
                    pi += 1
                } else if star >= 0 {
                    pi = star + 1
                    mark += 1
                    ti = mark
                } else {
                    return false
                }
            }
            while pi < p.count, p[pi] == "*" { pi += 1 }
            return pi == p.count
        }
    }

    /// `IRSA will fail for <ns>/<sa>: ...` messages; empty when the declared trust is not IRSA
    /// or the live trust admits the service account.
    static func failures(for account: ServiceAccountRef, desired: Document, live: Document) -> [String] {
        let wanted = admission(of: desired)
        guard !wanted.providers.isEmpty else { return [] }
        let actual = admission(of: live)
        let prefix = "IRSA will fail for \(account): "
        guard !actual.providers.isEmpty else {
            return [prefix + "the trust policy has no Allow statement for '\(webIdentityAction)'"]
        }
        var messages: [String] = []
        for provider in wanted.providers.sorted() where !actual.providers.contains(provider) {
            messages.append(prefix + "the trust policy trusts " + quotedList(actual.providers)
                            + ", not the cluster's OIDC provider '\(provider)'")
        }
        for key in wanted.keys.sorted() {
            guard let suffix = [":sub", ":aud"].first(where: { key.hasSuffix($0) }) else { continue }
            let name = String(suffix.dropFirst())
            let needed = (wanted.exact[key] ?? wanted.patterns[key] ?? []).sorted()
            if actual.keys.contains(key) {
                guard !needed.contains(where: { actual.admits($0, key: key) }) else { continue }
                let allowed = (actual.exact[key] ?? []).union(actual.patterns[key] ?? [])
                messages.append(prefix + "the trust policy allows \(name) " + quotedList(allowed)
                                + ", expected " + quotedList(Set(needed)))
            } else if let other = actual.keys.sorted().first(where: { $0.hasSuffix(suffix) }) {
                let issuer = String(key.dropLast(suffix.count))
                messages.append(prefix + "the trust policy's \(name) condition is for issuer '"
                                + String(other.dropLast(suffix.count)) + "', expected '\(issuer)'")
            }
        }
        return messages
    }

    /// The web-identity Allow statements of a trust policy, merged.
    static func admission(of policy: Document) -> Admission {
        var result = Admission()
        let statements = PolicyNormalizer.normalize(policy)["Statement"]?.listValue ?? []
        for statement in statements where statement["Effect"]?.stringValue == "Allow" {
            let actions = statement["Action"]?.listValue?.compactMap(\.stringValue) ?? []
            guard actions.contains(where: { Admission.glob($0.lowercased(), matches: webIdentityAction.lowercased()) })
            else { continue }
            result.providers.formUnion(statement["Principal"]?["Federated"]?.listValue?.compactMap(\.stringValue) ?? [])
            for op in statement["Condition"]?.entries ?? [] {
                let isPattern = op.key.hasPrefix("StringLike")
                guard isPattern || op.key.hasPrefix("StringEquals") else { continue }
                for condition in op.value.entries ?? [] {
                    let values = Set(condition.value.listValue?.compactMap(\.stringValue) ?? [])
                    if isPattern {
                        result.patterns[condition.key, default: []].formUnion(values)
                    } else {
                        result.exact[condition.key, default: []].formUnion(values)
                    }
                }
            }
        }
        return result
    }

    private static func quotedList(_ values: Set<String>) -> String {
        values.isEmpty ? "nothing" : values.sorted().map { "'\($0)'" }.joined(separator: ", ")
    }
}
