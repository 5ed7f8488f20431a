/// The outcome of the front end; diagnostics in the order found (`BuildResult` sorts them).
struct FrontEndResult: Sendable {
    /// Nil when there are errors.
    var model: SecurityModel?
    var diagnostics: [Diagnostic]
    /// Every lint finding, waived ones included; nil when linting did not run.
    var lint: LintReport?

    init(model: SecurityModel?, diagnostics: [Diagnostic], lint: LintReport? = nil) {
        self.lint = lint
        self.model = model
        self.diagnostics = diagnostics
    }
}
