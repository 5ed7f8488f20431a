/// Validates Go-style durations (`30s`, `15m`, `1h`, `1h30m`, `1.5h`) as the External Secrets
/// Operator parses them; zero and negative durations are rejected.
enum DurationValidator {
    static let units: [String: Double] = [
        "ns": 1e-9, "us": 1e-6, "µs": 1e-6, "ms": 1e-3, "s": 1, "m": 60, "h": 3600,
    ]

    /// The duration as written, when valid.
    static func duration(_ text: String) -> Validated<String> {
        guard let seconds = seconds(of: text) else {
            return .failure(ValidationError(
                "invalid duration '\(text)': expected a number and a unit (s, m, h) such as '30s', '15m' or '1h30m'"))
        }
        guard seconds > 0 else {
            return .failure(ValidationError("invalid duration '\(text)': it must be greater than zero"))
        }
        // Go's time.Duration holds about 292 years.
        guard seconds < 9.2e9 else {
            return .failure(ValidationError("invalid duration '\(text)': it is too long"))
        }
        return .success(text)
    }

    /// The total in seconds, or nil when the text is not a duration.
    static func seconds(of text: String) -> Double? {
        var rest = Substring(text)
        guard !rest.isEmpty else { return nil }
        var total = 0.0
        while !rest.isEmpty {
            let number = rest.prefix { CharacterClass.isDigit($0) || $0 == "." }
            guard !number.isEmpty, let value = Double(number) else { return nil }
            rest = rest.dropFirst(number.count)
            let unit = rest.prefix { !CharacterClass.isDigit($0) && $0 != "." }
            guard let scale = units[String(unit)] else { return nil }
            rest = rest.dropFirst(unit.count)
            total += value * scale
        }
        return total
    }
}
