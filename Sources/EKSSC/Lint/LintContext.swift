/// What the rules read: the checked model, the syntax it came from (for the exact range of a
/// setting the model keeps only by value) and the IAM action list.
struct LintContext: Sendable {
    let model: SecurityModel
    let syntax: SourceFileSyntax
    let sources: LintSourceMap
    let actions: IAMActionCatalog
    /// The services the model's policies name (in actions or condition keys), parsed once per run.
    let services: [String: IAMService]
    /// Every inline policy statement of every app.
    let statements: [LintStatement]

    init(model: SecurityModel, syntax: SourceFileSyntax, actions: IAMActionCatalog = .shared) {
        self.model = model
        self.syntax = syntax
        self.sources = LintSourceMap(syntax)
        self.actions = actions
        // An array, walked twice: a lazy flattening is counted and indexed slowly by `map`.
        var policies: [PolicyStatement] = []
        for app in model.apps { policies += app.iamRole?.statements ?? [] }
        var prefixes = Set<String>()
        for statement in policies {
            for action in statement.actions { prefixes.insert(IAMActionName.service(of: action)) }
            for condition in statement.conditions { prefixes.insert(IAMActionName.service(of: condition.key)) }
        }
        let services = actions.services(prefixes)
        // Wildcard patterns repeat across apps: each is matched against its service once.
        var matched: [String: [IAMActionInfo]] = [:]
        // So does every action text: each is resolved once.
        var resolved: [String: ResolvedAction] = [:]
        func resolve(_ text: String) -> ResolvedAction {
            if let known = resolved[text] { return known }
            let action = resolution(of: text)
            resolved[text] = action
            return action
        }
        func resolution(of text: String) -> ResolvedAction {
            let name = IAMActionName(text)
            guard let service = services[name.service] else { return ResolvedAction(name: name, service: nil, matches: []) }
            if !name.hasWildcard {
                return ResolvedAction(name: name, service: service, matches: service.actions[name.actionKey].map { [$0] } ?? [])
            }
            let key = name.service + ":" + name.actionKey
            let matches = matched[key] ?? service.actions(matching: name.action)
            matched[key] = matches
            return ResolvedAction(name: name, service: service, matches: matches)
        }
        self.statements = policies.map { statement in
            LintStatement(statement, actions: statement.actions.map(resolve))
        }
        self.services = services
    }
}

/// A policy statement with its actions resolved against the IAM action list once for every rule.
final class LintStatement: Sendable {
    let statement: PolicyStatement
    /// In the statement's order.
    let actions: [ResolvedAction]
    let conditionKeys: [IAMActionName]

    init(_ statement: PolicyStatement, actions: [ResolvedAction]) {
        self.statement = statement
        self.actions = actions
        conditionKeys = statement.conditions.map { IAMActionName($0.key) }
    }

    var range: SourceRange { statement.range }
}

/// An action of a policy with what it names in the IAM action list.
struct ResolvedAction: Sendable {
    let name: IAMActionName
    /// Nil when the service is unknown (or the action is `*`).
    let service: IAMService?
    /// The action, or every action a wildcard pattern matches; empty when none.
    let matches: [IAMActionInfo]
}

/// `service:Action` split at the first `:` (`*` alone has service `*`).
struct IAMActionName: Sendable, Hashable {
    /// As written.
    var text: String
    /// Lower-cased.
    var service: String
    var action: String
    /// The action lower-cased: IAM action names are case-insensitive.
    var actionKey: String
    /// `*` or `?` in the action part.
    var hasWildcard: Bool

    /// The lower-cased part before the first `:`.
    static func service(of text: String) -> String {
        guard let colon = text.utf8.firstIndex(of: UInt8(ascii: ":")) else { return text.lowercased() }
        return String(text[..<colon]).lowercased()
    }

    init(_ text: String) {
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
