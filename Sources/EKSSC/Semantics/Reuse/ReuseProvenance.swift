/// Where substituted values and merged settings came from, and the notes that say so.
///
/// Applied once to every diagnostic of a run (analysis, model checks, lint): a diagnostic on a
/// string that used constants gets a note at each constant's definition; one in a template's
/// body gets a note at the `uses` of each declaration it concerns (semantic analysis adds the
/// exact one where it knows the declaration; otherwise every user, at most `maxUserNotes`).
struct ReuseProvenance: Sendable {
    var constantUses: [ConstantUse] = []
    /// Strings whose substitution failed: other diagnostics there would repeat the failure.
    var failedStrings: [SourceRange] = []
    var templateUses: [TemplateUseRecord] = []

    static let maxUserNotes = 3
    /// What the note at a `uses` says; a diagnostic that has such a note gets no others.
    static let usesMarker = ", which uses '"

    /// `diagnostics` with the notes added, those on failed strings dropped, and diagnostics that
    /// differ only in their notes made one.
    func annotate(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !constantUses.isEmpty || !failedStrings.isEmpty || !templateUses.isEmpty else { return diagnostics }
        var result: [Diagnostic] = []
        var index: [MergeKey: Int] = [:]
        for diagnostic in diagnostics {
            if !diagnostic.id.hasPrefix(ReuseDiagnostic.stage + "."),
               failedStrings.contains(where: { Self.contains($0, diagnostic.range) }) {
                continue
            }
            var annotated = diagnostic
            annotated.notes += constantNotes(for: diagnostic.range)
            if !annotated.notes.contains(where: { $0.message.contains(Self.usesMarker) }) {
                annotated.notes += userNotes(for: diagnostic)
            }
            let key = MergeKey(annotated)
            if let existing = index[key] {
                for note in annotated.notes where !result[existing].notes.contains(note) {
                    result[existing].notes.append(note)
                }
            } else {
                index[key] = result.count
                result.append(annotated)
            }
        }
        return result
    }

    /// A note per constant used in the string the diagnostic is about (the whole string, or
    /// the `${name}` it points at).
    private func constantNotes(for range: SourceRange) -> [DiagnosticNote] {
        var notes: [DiagnosticNote] = []
        for use in constantUses where Self.contains(use.token, range)
            && (range == use.token || Self.overlaps(range, use.reference)) {
            let note = DiagnosticNote("'\(use.name)' is \"\(use.value)\", \(use.origin)", at: use.definition)
            if !notes.contains(note) { notes.append(note) }
        }
        return notes
    }

    /// The users of the template the diagnostic is in; those its message names, if it names any.
    private func userNotes(for diagnostic: Diagnostic) -> [DiagnosticNote] {
        var users = templateUses.filter { Self.contains($0.template, diagnostic.range) }
        let named = users.filter { user in user.mentions.contains { diagnostic.message.contains($0) } }
        if !named.isEmpty { users = named }
        guard users.count > Self.maxUserNotes + 1 else { return users.map(\.note) }
        let shown = users.prefix(Self.maxUserNotes).map(\.note)
        let rest = users[Self.maxUserNotes]
        return shown + [DiagnosticNote("and \(users.count - Self.maxUserNotes) more declarations that use '\(rest.templateName)', such as this one",
                                       at: rest.use)]
    }

    static func contains(_ outer: SourceRange, _ inner: SourceRange) -> Bool {
        outer.start <= inner.start && inner.end <= outer.end
    }

    static func overlaps(_ a: SourceRange, _ b: SourceRange) -> Bool {
        a.start < b.end && b.start < a.end || a == b
    }

    /// Everything of a diagnostic but its notes.
    private struct MergeKey: Hashable {
        var id: String
        var severity: Severity
        var message: String
        var range: SourceRange
        var hint: String?
        var ruleID: String?

        init(_ diagnostic: Diagnostic) {
            id = diagnostic.id
            severity = diagnostic.severity
            message = diagnostic.message
            range = diagnostic.range
            hint = diagnostic.hint
            ruleID = diagnostic.ruleID
        }
    }
}
