/// `ekssc fmt`: one canonical layout for a `.sec` file, built on the lossless token stream.
///
/// The file is parsed first; a file with a syntax error is refused (its diagnostics returned),
/// never guessed at. Otherwise its tokens, with their trivia, are grouped into statements and
/// blocks (`FormatLineBuilder`), aligned (`ColumnAligner`) and printed (`FormatLinePrinter`).
/// Only white space, line breaks, `;` between statements and the byte order mark change:
/// every token and every comment's text is kept, in order, so the meaning cannot change. The
/// layout is generic over statement structure (words, strings, punctuation, blocks), so a new
/// declaration formats without a rule of its own.
public enum SourceFormatter {
    /// What formatting a file gave.
    public struct Outcome: Sendable {
        /// The formatted bytes; nil when the file was refused.
        public let formatted: [UInt8]?
        /// The syntax errors that refused the file (empty when it was formatted).
        public let diagnostics: [Diagnostic]
        let source: SourceFile

        /// True when the file is already in the canonical layout.
        public var isUnchanged: Bool { formatted == source.bytes }

        /// The refusal's diagnostics as text, with a summary line; empty when formatted.
        public func renderDiagnostics(colored: Bool = false) -> String {
            guard !diagnostics.isEmpty else { return "" }
            var text = DiagnosticRenderer(colored: colored).render(diagnostics, in: source)
            if let summary = DiagnosticRenderer.summary(of: diagnostics) { text += summary + " generated\n" }
            return text
        }
    }

    /// The file in the canonical layout, or its syntax errors.
    public static func format(_ file: SourceFile) -> Outcome {
        let parsed = Parser.parse(file)
        let errors = parsed.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { return Outcome(formatted: nil, diagnostics: errors, source: file) }
        let tokens = Lexer.tokens(of: file, makesText: false)  // anchors are hashed from the bytes
        var builder = FormatLineBuilder(file: file, tokens: tokens)
        var lines = builder.build()
        ColumnAligner.align(&lines)
        return Outcome(formatted: FormatLinePrinter.print(lines, pieces: builder.pieces, file: file), diagnostics: [],
                       source: file)
    }
}
