/// What the rules read: the checked model, the syntax it came from (for the exact range of a
/// setting the model keeps only by value) and the IAM action list.
public struct LintContext: Sendable {
    public let model: SecurityModel
    public let syntax: SourceFileSyntax
    public let sources: LintSourceMap
    public let actions: IAMActionCatalog
    /// The services the model's policies name (in actions or condition keys), parsed once per run.
    public let services: [String: IAMService]
    /// Every inline policy statement of every app.
    public let statements: [LintStatement]

    public init(model: SecurityModel, syntax: SourceFileSyntax, actions: IAMActionCatalog = .shared) {
        self.model = model
        self.syntax = syntax
        self.sources = LintSourceMap(syntax)
        self.actions = actions
        var prefixes = Set<String>()
        var statements: [LintStatement] = []
        for role in model.apps.lazy.compactMap(\.iamRole) {
            for statement in role.statements {
                let item = LintStatement(statement)
                for name in item.actions { prefixes.insert(name.service) }
                for name in item.conditionKeys { prefixes.insert(name.service) }
                statements.append(item)
            }
        }
        self.statements = statements
        self.services = actions.services(prefixes)
    }
}

/// A policy statement with its actions and condition keys split once for every rule.
public struct LintStatement: Sendable {
    public let statement: PolicyStatement
    /// In the statement's order.
    public let actions: [IAMActionName]
    public let conditionKeys: [IAMActionName]

    init(_ statement: PolicyStatement) {
        self.statement = statement
        actions = statement.actions.map(IAMActionName.init)
        conditionKeys = statement.conditions.map { IAMActionName($0.key) }
    }

    public var range: SourceRange { statement.range }
}

/// `service:Action` split at the first `:` (`*` alone has service `*`).
public struct IAMActionName: Sendable, Hashable {
    /// As written.
    public var text: String
    /// Lower-cased.
    public var service: String
    public var action: String
    /// The action lower-cased: IAM action names are case-insensitive.
    public var actionKey: String
    /// `*` or `?` in the action part.
    public var hasWildcard: Bool

    public init(_ text: String) {
        self.text = text
        let bytes = text.utf8
        if let colon = bytes.firstIndex(of: UInt8(ascii: ":")) {
            service = String(text[..<colon]).lowercased()
            action = String(text[bytes.index(after: colon)...])
        } else {
            service = text.lowercased()
            action = ""
        }
        actionKey = action.lowercased()
        hasWildcard = action.utf8.contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") }
    }
}
