/// How bad a diagnostic is. Any `error` stops the build before anything is written.
public enum Severity: String, Sendable, Hashable, Comparable {
    case error
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .error && rhs == .warning
    }
}

/// A secondary location attached to a diagnostic ("first declared here").
public struct DiagnosticNote: Hashable, Sendable {
    public var message: String
    public var range: SourceRange

    public init(_ message: String, at range: SourceRange) {
        self.message = message
        self.range = range
    }
}

/// One finding of the compiler about the source: a value, never printed by the library.
///
/// `id` names the catalog entry (`"<stage>.<name>"`, e.g. `"syntax.unterminated-string"`): tests
/// use it to check that every diagnostic the compiler can emit has a fixture.
public struct Diagnostic: Hashable, Sendable {
    public var id: String
    public var severity: Severity
    public var message: String
    public var range: SourceRange
    public var notes: [DiagnosticNote]
    /// A suggestion shown after the caret line (`hint: did you mean 'private'?`).
    public var hint: String?

    public init(
        id: String, severity: Severity, message: String, range: SourceRange,
        notes: [DiagnosticNote] = [], hint: String? = nil
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.range = range
        self.notes = notes
        self.hint = hint
    }

    public var isError: Bool { severity == .error }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.isError } }

    /// Sorted by position (then severity and message) with exact duplicates removed: the order
    /// diagnostics are printed in, whatever order the stages found them.
    public func sortedForDisplay() -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return self
            .filter { seen.insert($0).inserted }
            .sorted {
                ($0.range.start, $0.range.end, $0.severity == .error ? 0 : 1, $0.message)
                    < ($1.range.start, $1.range.end, $1.severity == .error ? 0 : 1, $1.message)
            }
    }
}
