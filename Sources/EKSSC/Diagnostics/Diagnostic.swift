/// How bad a diagnostic is. Any `error` stops the build before anything is written; `note` is
/// the lowest level a lint rule can report at. Ordered most severe first (`error < warning`).
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
    case error
    case warning
    case note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    /// Orders by severity, most severe first.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// Whether a diagnostic of this severity is at least as bad as `threshold`
    /// (`--fail-on warning` fails on errors and warnings).
    public func isAtLeast(_ threshold: Severity) -> Bool { self <= threshold }
}

/// A secondary location attached to a diagnostic ("first declared here").
public struct DiagnosticNote: Hashable, Sendable {
    /// What the location is ("first declared here").
    public var message: String
    /// Where, in the diagnostic's source file.
    public var range: SourceRange

    init(_ message: String, at range: SourceRange) {
        self.message = message
        self.range = range
    }
}

/// One finding of the compiler about the source: a value, never printed by the library.
///
/// `id` names the catalog entry (`"<stage>.<name>"`, e.g. `"syntax.unterminated-string"`): tests
/// use it to check that every diagnostic the compiler can emit has a fixture.
public struct Diagnostic: Hashable, Sendable {
    /// The catalog entry, `"<stage>.<name>"`.
    public var id: String
    /// How bad it is.
    public var severity: Severity
    /// What is wrong, in one sentence.
    public var message: String
    /// Where, in the compiled source file.
    public var range: SourceRange
    /// Secondary locations ("first declared here").
    public var notes: [DiagnosticNote]
    /// A suggestion shown after the caret line (`hint: did you mean 'private'?`).
    public var hint: String?
    /// The lint rule (`EKS-IAM-003`) of a security finding, shown after the message; nil for
    /// the compiler's own diagnostics.
    public var ruleID: String?

    init(
        id: String, severity: Severity, message: String, range: SourceRange,
        notes: [DiagnosticNote] = [], hint: String? = nil, ruleID: String? = nil
    ) {
        self.ruleID = ruleID
        self.id = id
        self.severity = severity
        self.message = message
        self.range = range
        self.notes = notes
        self.hint = hint
    }

    /// Whether the severity is `error`.
    public var isError: Bool { severity == .error }
}

extension Array where Element == Diagnostic {
    var hasErrors: Bool { contains { $0.isError } }

    /// Sorted by position (then severity and message) with exact duplicates removed: the order
    /// diagnostics are printed in, whatever order the stages found them.
    func sortedForDisplay() -> [Diagnostic] {
        // Sorted (stably) first; then an exact duplicate can only sit among the diagnostics of
        // the same sort key, so each is compared with that small group only, not hashed.
        let sorted = self.sorted {
            ($0.range.start, $0.range.end, $0.severity, $0.message, $0.ruleID ?? "")
                < ($1.range.start, $1.range.end, $1.severity, $1.message, $1.ruleID ?? "")
        }
        var result: [Diagnostic] = []
        result.reserveCapacity(sorted.count)
        var groupStart = 0
        for diagnostic in sorted {
            if let last = result.last, !(last.range == diagnostic.range && last.severity == diagnostic.severity
                && last.message == diagnostic.message && last.ruleID == diagnostic.ruleID) {
                groupStart = result.count
            }
            if !result[groupStart...].contains(diagnostic) { result.append(diagnostic) }
        }
        return result
    }
}
