/// What the rules read: the checked model, the syntax it came from (for the exact range of a
/// setting the model keeps only by value) and the IAM action list.
public struct LintContext: Sendable {
    public let model: SecurityModel
    public let syntax: SourceFileSyntax
    public let sources: LintSourceMap
    public let actions: IAMActionCatalog
    /// The services the model's policies name (in actions or condition keys), parsed once per run.
    public let services: [String: IAMService]

    public init(model: SecurityModel, syntax: SourceFileSyntax, actions: IAMActionCatalog = .shared) {
        self.model = model
        self.syntax = syntax
        self.sources = LintSourceMap(syntax)
        self.actions = actions
        var prefixes = Set<String>()
        for statement in model.apps.lazy.compactMap(\.iamRole).flatMap(\.statements) {
            for action in statement.actions { prefixes.insert(IAMActionName(action).service) }
            for condition in statement.conditions { prefixes.insert(IAMActionName(condition.key).service) }
        }
        self.services = actions.services(prefixes)
    }

    /// Every inline policy statement of every app, with the app.
    public var statements: [(app: App, statement: PolicyStatement)] {
        model.apps.flatMap { app in (app.iamRole?.statements ?? []).map { (app, $0) } }
    }
}

/// `service:Action` split at the first `:` (`*` alone has service `*`).
public struct IAMActionName: Sendable, Hashable {
    public var service: String
    public var action: String

    public init(_ text: String) {
        if let colon = text.firstIndex(of: ":") {
            service = text[..<colon].lowercased()
            action = String(text[text.index(after: colon)...])
        } else {
            service = text.lowercased()
            action = ""
        }
    }

    public var hasWildcard: Bool { action.contains("*") || action.contains("?") }
}
