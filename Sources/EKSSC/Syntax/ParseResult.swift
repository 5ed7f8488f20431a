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

extension ParseResult {
    /// The results of several files as one program: declarations, waivers and owner statements
    /// one file after the other, every diagnostic, and the damage of all of them.
    static func merging(_ results: [ParseResult]) -> ParseResult {
        guard results.count != 1 else { return results[0] }
        var syntax = SourceFileSyntax(declarations: [], mayInterpolate: results.contains { $0.syntax.mayInterpolate })
        var diagnostics: [Diagnostic] = []
        var rules: Set<String> = []
        var damage = ParseDamage()
        for result in results {
            syntax.declarations += result.syntax.declarations
            syntax.waivers += result.syntax.waivers
            syntax.owners += result.syntax.owners
            diagnostics += result.diagnostics
            rules.formUnion(result.rulesUsed)
            damage.merge(result.damage)
        }
        return ParseResult(syntax: syntax, diagnostics: diagnostics, rulesUsed: rules, damage: damage)
    }
}
