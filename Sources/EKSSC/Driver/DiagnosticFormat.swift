/// How `Compilation.renderDiagnostics` writes the diagnostics.
public enum DiagnosticFormat: Sendable, Equatable {
    /// `file:line:col: error: message`, the source line, a caret and a hint, then a summary
    /// line (`2 errors generated`); ANSI colour when `colored`.
    case text(colored: Bool)
    /// A SARIF 2.1.0 log naming the source as `uri` (a path relative to the repository root),
    /// with every lint finding, waived ones included, and every difference `verify` found.
    case sarif(uri: String)
    /// The same log over several sources: `uris[i]` names `Compilation.sources[i]` (a missing
    /// one: its path).
    case sarifFiles(uris: [String])
}
