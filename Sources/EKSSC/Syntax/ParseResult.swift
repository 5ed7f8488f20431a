/// What the parser returns: the tree (as much as could be read), the diagnostics of the lexer and
/// parser, and the grammar rules that were matched.
struct ParseResult: Sendable {
    var syntax: SourceFileSyntax
    var diagnostics: [Diagnostic]
    /// The names of the rules of `grammar/ekssc.ebnf` that the parser matched, for the
    /// grammar-coverage test.
    var rulesUsed: Set<String>
    /// What the syntax errors took away from `syntax`.
    var damage: ParseDamage

    init(syntax: SourceFileSyntax, diagnostics: [Diagnostic], rulesUsed: Set<String>,
                damage: ParseDamage = ParseDamage()) {
        self.syntax = syntax
        self.diagnostics = diagnostics
        self.rulesUsed = rulesUsed
        self.damage = damage
    }
}
