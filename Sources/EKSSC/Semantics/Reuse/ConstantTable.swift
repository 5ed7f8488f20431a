/// The constants of a program: its `let`s and the cluster's built-ins (`account`, `region`,
/// `partition`, `cluster`), resolved to their values, and the substitution of `${name}` in strings.
///
/// A value may use other constants; a cycle, an undefined name or a malformed `$` is an error,
/// reported once, and the constants that depend on it have no value (their uses are left for the
/// caller to drop diagnostics at, so that one mistake is reported once).
final class ConstantTable {
    /// The names the cluster provides.
    static let builtInNames = ["account", "cluster", "partition", "region"]
    /// How deep constants may refer to constants: resolution recurses, and a chain of thousands
    /// of `let`s must be an error, not a stack overflow.
    static let maxDepth = 64

    /// Where a constant's value comes from.
    struct Definition {
        /// The text, `${...}` not yet substituted; nil for `partition` (derived from `region`).
        var value: Name?
        /// Where a note about the constant points: its `let`, or the cluster setting.
        var note: SourceRange
        /// How the note describes it: `defined here`, `the cluster's 'region'`.
        var origin: String
    }

    private(set) var definitions: [String: Definition] = [:]
    private var lets: [LetDecl] = []
    /// Resolved values; `.some(nil)` for a constant that failed.
    private var values: [String: String?] = [:]
    private var resolving: [String] = []
    private(set) var used: Set<String> = []
    private(set) var diagnostics: [Diagnostic] = []
    /// What substitution did at each use.
    private(set) var uses: [ConstantUse] = []
    /// The strings whose substitution failed: diagnostics there would only repeat the failure.
    private(set) var failedStrings: [SourceRange] = []

    /// Whether the program declares a cluster (the source of the built-ins).
    private let hasCluster: Bool

    init(lets: [LetDecl], cluster: ClusterDecl?) {
        hasCluster = cluster != nil
        if let cluster { defineBuiltIns(cluster) }
        for decl in lets {
            let name = decl.name.value
            if Self.builtInNames.contains(name) {
                diagnostics.append(ReuseDiagnostic.reservedConstant(
                    .error, "'\(name)' is a built-in constant", at: decl.name.range,
                    hint: "'${\(name)}' is the cluster's \(name); choose another name"))
            } else if let first = definitions[name] {
                diagnostics.append(ReuseDiagnostic.duplicateConstant(
                    .error, "duplicate constant '\(name)'", at: decl.name.range,
                    notes: [DiagnosticNote("first defined here", at: first.note)]))
            } else {
                definitions[name] = Definition(value: decl.value, note: decl.range, origin: "defined here")
                self.lets.append(decl)
            }
        }
        // Every `let` is resolved, used or not, so that its mistakes are reported.
        for decl in self.lets { _ = value(of: decl.name.value) }
    }

    private func defineBuiltIns(_ cluster: ClusterDecl) {
        definitions["cluster"] = Definition(value: cluster.name, note: cluster.name.range, origin: "the cluster's name")
        for setting in cluster.settings {
            switch setting.value {
            case .account(let name) where definitions["account"] == nil:
                definitions["account"] = Definition(value: name, note: setting.range, origin: "the cluster's 'account'")
            case .region(let name) where definitions["region"] == nil:
                definitions["region"] = Definition(value: name, note: setting.range, origin: "the cluster's 'region'")
                definitions["partition"] = Definition(value: nil, note: setting.range, origin: "from the cluster's 'region'")
            default:
                break
            }
        }
    }

    /// The unused `let`s, as warnings.
    var unusedWarnings: [Diagnostic] {
        lets.filter { !used.contains($0.name.value) }.map { decl in
            ReuseDiagnostic.unusedConstant(.warning, "constant '\(decl.name.value)' is never used", at: decl.name.range,
                                          hint: "use it as \"${\(decl.name.value)}\" in a string, or remove it")
        }
    }

    // MARK: - values

    /// The value of constant `name`, resolving what it uses; nil when it failed (reported).
    private func value(of name: String) -> String? {
        if let known = values[name] { return known }
        if let start = resolving.firstIndex(of: name) {
            reportCycle(Array(resolving[start...]))
            return nil
        }
        guard let definition = definitions[name] else { return nil }
        guard resolving.count < Self.maxDepth else {
            values[name] = .some(nil)
            diagnostics.append(ReuseDiagnostic.constantCycle(
                .error, "constant '\(name)' is nested more than \(Self.maxDepth) constants deep",
                at: definition.value?.range ?? definition.note, hint: "write the value out in fewer steps"))
            return nil
        }
        resolving.append(name)
        defer { resolving.removeLast() }
        let resolved: String?
        if let text = definition.value {
            resolved = substituted(text, recordUses: false)
        } else {
            resolved = value(of: "region").map { Partition.of(region: $0).rawValue }
        }
        // A cycle through this constant has recorded it as failed already.
        if values[name] == nil { values[name] = .some(resolved) }
        return values[name] ?? nil
    }

    private func reportCycle(_ members: [String]) {
        for member in members { values[member] = .some(nil) }
        guard let first = members.first, let definition = definitions[first] else { return }
        let through = members.dropFirst()
        let message = through.isEmpty
            ? "constant '\(first)' refers to itself"
            : "constant '\(first)' refers to itself through " + through.map { "'\($0)'" }.joined(separator: ", ")
        let notes = through.compactMap { member in
            definitions[member].map { DiagnosticNote("'\(member)' is \($0.origin)", at: $0.note) }
        }
        let at = definition.value?.range ?? definition.note
        diagnostics.append(ReuseDiagnostic.constantCycle(.error, message, at: at, notes: notes))
    }

    // MARK: - substitution

    /// `name` with every `${...}` replaced; itself when it has none. A failure is reported and
    /// leaves the name as written, recorded in `failedStrings`.
    func substitute(_ name: Name) -> Name {
        guard InterpolatedString.mayInterpolate(name.value) else { return name }
        guard let value = substituted(name, recordUses: true) else {
            failedStrings.append(name.range)
            return name
        }
        if case .success(let parsed) = InterpolatedString.parse(name), parsed.isSingleReference,
           let reference = parsed.references.first {
            return Name(value, at: reference.range)
        }
        return Name(value, at: name.range)
    }

    /// The text of `name` with its references replaced, nil after reporting a failure.
    private func substituted(_ name: Name, recordUses: Bool) -> String? {
        let parsed: InterpolatedString
        switch InterpolatedString.parse(name) {
        case .failure(let malformed):
            diagnostics.append(ReuseDiagnostic.invalidInterpolation(
                .error, malformed.message, at: malformed.range, hint: malformed.hint))
            return nil
        case .success(let success):
            parsed = success
        }
        var text = ""
        var failed = false
        for segment in parsed.segments {
            switch segment {
            case .literal(let literal):
                text += literal
            case .reference(let reference, let range):
                guard let definition = definitions[reference] else {
                    reportUndefined(reference, at: range)
                    failed = true
                    continue
                }
                used.insert(reference)
                guard let value = value(of: reference) else {
                    failed = true
                    continue
                }
                text += value
                if recordUses {
                    uses.append(ConstantUse(token: name.range, reference: range, name: reference, value: value,
                                            definition: definition.note, origin: definition.origin))
                }
            }
        }
        return failed ? nil : text
    }

    private func reportUndefined(_ name: String, at range: SourceRange) {
        if Self.builtInNames.contains(name) {
            // Without a cluster, analysis reports the missing cluster; this would only repeat it.
            guard hasCluster else { return }
            let setting = name == "partition" ? "region" : name
            diagnostics.append(ReuseDiagnostic.undefinedConstant(
                .error, "'${\(name)}' needs the cluster's '\(setting)'", at: range,
                hint: "set '\(setting)' in the cluster block"))
            return
        }
        let known = Set(definitions.keys).union(Self.builtInNames)
        diagnostics.append(ReuseDiagnostic.undefinedConstant(
            .error, "undefined constant '\(name)'", at: range,
            hint: Suggestion.didYouMean(name, among: known.sorted()) ?? "define it with 'let \(name) = \"...\"'"))
    }
}

/// One `${name}` substituted in a string outside the `let`s.
struct ConstantUse: Sendable {
    /// The whole string token.
    var token: SourceRange
    /// The `${name}` inside it.
    var reference: SourceRange
    var name: String
    var value: String
    /// Where the constant is defined, and how a note describes it.
    var definition: SourceRange
    var origin: String
}
