/// Merges templates into the apps and roles that name them in `uses` (rules: `TemplateMerge`).
///
/// The merged settings keep their ranges in the template, so every later check points at the
/// template's line; `uses[i].template` records the template, for the note at the use.
struct TemplateExpansion {
    private var templates: [String: TemplateDecl] = [:]
    private var declared: [TemplateDecl] = []
    private var used: Set<String> = []
    private(set) var diagnostics: [Diagnostic] = []
    /// Each resolved use, for the notes of later diagnostics.
    private(set) var records: [TemplateUseRecord] = []

    init(_ decls: [TemplateDecl]) {
        for decl in decls {
            if let first = templates[decl.name.value] {
                diagnostics.append(ReuseDiagnostic.duplicateTemplate(
                    .error, "duplicate template '\(decl.name.value)'", at: decl.name.range,
                    notes: [DiagnosticNote("first declared here", at: first.name.range)]))
            } else {
                templates[decl.name.value] = decl
                declared.append(decl)
            }
        }
    }

    /// The templates used by nothing, as warnings.
    var unusedWarnings: [Diagnostic] {
        declared.filter { !used.contains($0.name.value) }.map { decl in
            ReuseDiagnostic.unusedTemplate(.warning, "template '\(decl.name.value)' is never used", at: decl.name.range,
                                           hint: "use it with 'uses \(decl.name.value)' in an app or role, or remove it")
        }
    }

    /// The range each used template's `waive` statements also cover: the declarations using it.
    func users(of template: SourceRange) -> [SourceRange] {
        records.filter { $0.template == template }.map(\.declaration)
    }

    mutating func expand(_ decl: AppDecl) -> AppDecl {
        guard !decl.uses.isEmpty else { return decl }
        var result = decl
        let user = "app '\(decl.name.value)'"
        let used = resolve(&result.uses, user: user, declaration: decl.range, wantsRoleSettings: false,
                           mentions: ["'\(decl.namespace.value)/\(decl.name.value)'", "'\(decl.name.value)'"])
        result.settings = merge(used, own: decl.settings, by: .app, user: user, uses: result.uses) { setting in
            if case .app(let app) = setting { app } else { nil }
        }
        return result
    }

    mutating func expand(_ decl: RoleDecl) -> RoleDecl {
        guard !decl.uses.isEmpty else { return decl }
        var result = decl
        let user = "\(decl.isClusterRole ? "clusterrole" : "role") '\(decl.name.value)'"
        let qualified = decl.namespace.map { "'\($0.value)/\(decl.name.value)'" }
        let used = resolve(&result.uses, user: user, declaration: decl.range, wantsRoleSettings: true,
                           mentions: (qualified.map { [$0] } ?? []) + ["'\(decl.name.value)'"])
        result.settings = merge(used, own: decl.settings, by: .role, user: user, uses: result.uses) { setting in
            if case .role(let role) = setting { role } else { nil }
        }
        return result
    }

    /// The templates' settings of one kind (`kind` picks them), then the declaration's own,
    /// merged by `rules`; the merge's diagnostics are kept.
    private mutating func merge<Setting>(
        _ used: [TemplateDecl], own: [Located<Setting>], by rules: TemplateMerge<Setting>, user: String,
        uses: [TemplateUseSyntax], kind: (TemplateSetting) -> Setting?
    ) -> [Located<Setting>] {
        var sources = used.map { template in
            TemplateMerge<Setting>.Source(template: template.name.value, settings: template.settings.compactMap { setting in
                kind(setting.value).map { Located($0, at: setting.range) }
            })
        }
        sources.append(TemplateMerge<Setting>.Source(template: nil, settings: own))
        var context = MergeContext(user: user, uses: useRanges(uses))
        let merged = rules.merge(sources, context: &context)
        diagnostics += context.diagnostics
        return merged
    }

    private func useRanges(_ uses: [TemplateUseSyntax]) -> [String: SourceRange] {
        var ranges: [String: SourceRange] = [:]
        for use in uses where use.template != nil && ranges[use.name.value] == nil {
            ranges[use.name.value] = use.name.range
        }
        return ranges
    }

    /// The templates `uses` names, in order, each checked: known, named once, of the right kind.
    private mutating func resolve(_ uses: inout [TemplateUseSyntax], user: String, declaration: SourceRange,
                                  wantsRoleSettings: Bool, mentions: [String]) -> [TemplateDecl] {
        var resolved: [TemplateDecl] = []
        var seen: [String: SourceRange] = [:]
        for index in uses.indices {
            let name = uses[index].name
            if let first = seen[name.value] {
                diagnostics.append(ReuseDiagnostic.duplicateTemplate(
                    .error, "template '\(name.value)' is used twice", at: name.range,
                    notes: [DiagnosticNote("first used here", at: first)]))
                continue
            }
            seen[name.value] = name.range
            guard let template = templates[name.value] else {
                diagnostics.append(ReuseDiagnostic.unknownTemplate(
                    .error, "unknown template '\(name.value)'", at: name.range,
                    hint: Suggestion.didYouMean(name.value, among: templates.keys.sorted())
                        ?? "declare it with 'template \(name.value) { ... }'"))
                continue
            }
            used.insert(name.value)
            if let other = template.settings.first(where: { Self.isRoleSetting($0.value) != wantsRoleSettings }) {
                let kind = wantsRoleSettings ? "app" : "role"
                diagnostics.append(ReuseDiagnostic.templateKind(
                    .error, "template '\(name.value)' has \(kind) settings; \(user) cannot use it", at: name.range,
                    notes: [DiagnosticNote("\(kind) setting here", at: other.range)],
                    hint: "a template holds app settings (for apps) or role settings (for roles and clusterroles)"))
                continue
            }
            uses[index].template = template.range
            records.append(TemplateUseRecord(template: template.range, templateName: name.value, user: user,
                                             use: name.range, declaration: declaration, mentions: mentions))
            resolved.append(template)
        }
        return resolved
    }

    private static func isRoleSetting(_ setting: TemplateSetting) -> Bool {
        if case .role = setting { true } else { false }
    }
}

/// One resolved `uses`: which template, used by which declaration, named where.
struct TemplateUseRecord: Sendable, Hashable {
    var template: SourceRange
    var templateName: String
    /// `app 'checkout'`
    var user: String
    /// The template's name in the `uses` clause.
    var use: SourceRange
    /// The whole using declaration.
    var declaration: SourceRange
    /// How messages name the declaration (`'storefront/checkout'`, `'checkout'`): a message
    /// that names some users of a template is about those only.
    var mentions: [String]

    /// The note for a diagnostic in the template's body.
    var note: DiagnosticNote {
        DiagnosticNote("in \(user), which uses '\(templateName)' here", at: use)
    }
}
