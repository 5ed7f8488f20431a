/// The outcome of the front end.
public struct FrontEndResult: Sendable {
    /// Nil when there are errors.
    public var model: SecurityModel?
    public var diagnostics: [Diagnostic]

    public init(model: SecurityModel?, diagnostics: [Diagnostic]) {
        self.model = model
        self.diagnostics = diagnostics
    }
}
