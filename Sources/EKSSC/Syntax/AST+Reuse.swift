// MARK: - let and template

/// `let NAME = "STRING"`: a named string, used inside other strings as `"${NAME}"`.
///
/// The value may itself use constants; it is substituted before semantic analysis
/// (`ReuseExpansion`), so every check runs on the substituted text.
struct LetDecl: Sendable {
    var name: Name
    /// The string as written (decoded, `${...}` not yet substituted), with the range of its token.
    var value: Name
    var range: SourceRange

    init(name: Name, value: Name, range: SourceRange) {
        self.name = name
        self.value = value
        self.range = range
    }
}

/// `template NAME { ... }`: settings that apps or roles take with `uses NAME`.
///
/// A template holds app settings or role settings (their keywords differ), never both; it is
/// merged into each declaration that uses it before semantic analysis (`TemplateExpansion`).
struct TemplateDecl: Sendable {
    var name: Name
    var settings: [Located<TemplateSetting>]
    var range: SourceRange

    init(name: Name, settings: [Located<TemplateSetting>], range: SourceRange) {
        self.name = name
        self.settings = settings
        self.range = range
    }
}

/// A setting of a template: one an app could have or one a role could have.
enum TemplateSetting: Sendable {
    case app(AppSetting)
    case role(RoleSetting)
}

/// One name after `uses` in an app or role declaration.
struct TemplateUseSyntax: Sendable {
    /// The template's name as written at the use.
    var name: Name
    /// The used template's whole declaration; set by template expansion once resolved.
    var template: SourceRange?

    init(name: Name, template: SourceRange? = nil) {
        self.name = name
        self.template = template
    }
}
