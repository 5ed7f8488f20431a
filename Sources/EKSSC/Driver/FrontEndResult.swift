/// The outcome of the front end.
public struct FrontEndResult: Sendable {
    /// Nil when there are errors.
    public var model: SecurityModel?
    public var diagnostics: [Diagnostic]
    /// Every lint finding, waived ones included; nil when linting did not run.
    public var lint: LintReport?

    public init(model: SecurityModel?, diagnostics: [Diagnostic], lint: LintReport? = nil) {
        self.lint = lint
        self.model = model
        self.diagnostics = diagnostics
    }
}
