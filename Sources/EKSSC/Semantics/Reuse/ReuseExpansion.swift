/// Takes `let` and `template` out of a syntax tree before semantic analysis: substitutes every
/// `${name}` in every string, then merges templates into the apps and roles that use them.
///
/// What comes out is a tree of the ordinary declarations, as if the file had been written out
/// by hand, with every range still pointing at what was written: a substituted string at its
/// string (or, when it is exactly one `${name}`, at that), a merged setting at its line in the
/// template. `ReuseProvenance` adds the notes that say where a value came from.
enum ReuseExpansion {
    struct Result {
        var syntax: SourceFileSyntax
        var diagnostics: [Diagnostic]
        var provenance: ReuseProvenance
    }

    static func expand(_ syntax: SourceFileSyntax) -> Result {
        var lets: [LetDecl] = []
        var templates: [TemplateDecl] = []
        var cluster: ClusterDecl?
        for declaration in syntax.declarations {
            switch declaration {
            case .constant(let decl): lets.append(decl)
            case .template(let decl): templates.append(decl)
            case .cluster(let decl): if cluster == nil { cluster = decl }
            default: break
            }
        }
        // The tree's own array when there is nothing to take out (no copy of a large file's
        // declarations).
        var declarations = lets.isEmpty && templates.isEmpty ? syntax.declarations : syntax.declarations.filter {
            switch $0 {
            case .constant, .template: false
            default: true
            }
        }
        let constants = ConstantTable(lets: lets, cluster: cluster)
        let substitute: NameMap = { constants.substitute($0) }
        // Without a `$` in the files, substitution maps every name to itself: the tree is kept.
        if syntax.mayInterpolate {
            declarations = declarations.map { $0.mappingNames(substitute) }
            templates = templates.map { template in
                guard case .template(let mapped) = Declaration.template(template).mappingNames(substitute) else {
                    return template
                }
                return mapped
            }
        }
        var expansion = TemplateExpansion(templates)
        // In place, and only where a declaration uses templates (`expand` keeps the others).
        for index in declarations.indices {
            switch declarations[index] {
            case .app(let decl) where !decl.uses.isEmpty: declarations[index] = .app(expansion.expand(decl))
            case .role(let decl) where !decl.uses.isEmpty: declarations[index] = .role(expansion.expand(decl))
            default: break
            }
        }
        let templateRanges = Set(templates.map(\.range))
        let waivers = syntax.waivers.map { waiver in
            var waiver = waiver
            waiver.reason = waiver.reason.map(substitute)
            if templateRanges.contains(waiver.scope) { waiver.alsoCovers = expansion.users(of: waiver.scope) }
            return waiver
        }
        let diagnostics = constants.diagnostics + constants.unusedWarnings + expansion.diagnostics
            + expansion.unusedWarnings
        var expanded = syntax
        expanded.declarations = declarations
        expanded.waivers = waivers
        return Result(
            syntax: expanded,
            diagnostics: diagnostics,
            provenance: ReuseProvenance(constantUses: constants.uses, failedStrings: constants.failedStrings,
                                        templateUses: expansion.records))
    }
}
