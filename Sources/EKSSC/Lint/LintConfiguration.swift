/// Which rules run and at which level: `--rule ID=level|off` on the command line.
public struct LintConfiguration: Sendable {
    /// Rule id → level, or nil for a rule turned off.
    public var overrides: [String: Severity?]

    /// Every rule at its default level, except those in `overrides` (nil turns a rule off).
    public init(overrides: [String: Severity?] = [:]) {
        self.overrides = overrides
    }

    /// The level a rule reports at, nil when it is off.
    func severity(of rule: any LintRule) -> Severity? {
        if let override = overrides[rule.id] { return override }
        return rule.defaultSeverity
    }

    /// Why an `ID=level|off` setting was refused.
    public struct InvalidSetting: Error, Sendable, Equatable, CustomStringConvertible {
        /// The message shown to the user.
        public var description: String
    }

    /// Adds one `ID=level|off` setting; the id must name a rule of the catalog.
    public mutating func apply(_ setting: String) throws(InvalidSetting) {
        let parts = setting.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else {
            throw InvalidSetting(description: "invalid rule setting '\(setting)': expected ID=error|warning|note|off")
        }
        let (id, levelText) = (parts[0], parts[1])
        guard LintCatalog.rule(id) != nil else {
            let suggestion = Suggestion.didYouMean(id, among: LintCatalog.rules.map(\.id)).map { "; \($0)" } ?? ""
            throw InvalidSetting(description: "unknown rule '\(id)' in --rule\(suggestion)")
        }
        if levelText == "off" {
            overrides[id] = .some(nil)
        } else if let level = Severity(rawValue: levelText) {
            overrides[id] = .some(level)
        } else {
            throw InvalidSetting(description: "invalid level '\(levelText)' for \(id): expected error, warning, note or off")
        }
    }
}
