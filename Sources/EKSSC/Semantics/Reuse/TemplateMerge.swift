/// The merge rules of templates, for one block's settings: the settings of each used template
/// (in `uses` order), then the declaration's own.
///
/// - a setting that may repeat (`secret`, `allow`, `bind`) is appended;
/// - a once-only list (`security-groups`, `managed`) or block (`iam-role`) is joined into one:
///   the first of each source, in order (a second one in the same source stays separate, so that
///   semantic analysis reports it as a duplicate);
/// - a once-only value (`serviceaccount`, `tier`, `identity`, `boundary`, the role's name) of the
///   declaration replaces the templates'; two templates that give different values, with none in
///   the declaration, are an error (`uses` order does not decide), with notes at both.
struct TemplateMerge<Setting> {
    enum Kind {
        case repeatable
        /// A once-only value: its key (as diagnostics name it) and its text, to compare.
        case value(key: String, text: String)
        /// A once-only list or block, joined across sources.
        case joined(key: String)
    }

    /// One source's part of a joined setting.
    struct Part {
        /// The template it comes from; nil for the declaration itself.
        var template: String?
        var setting: Located<Setting>
    }

    /// One source of settings.
    struct Source {
        var template: String?
        var settings: [Located<Setting>]
    }

    var kind: (Setting) -> Kind
    /// One setting from the parts of a joined setting (at least two, in source order).
    var join: ([Part], inout MergeContext) -> Setting

    func merge(_ sources: [Source], context: inout MergeContext) -> [Located<Setting>] {
        var result: [Located<Setting>] = []
        var joinedSlots: [String: (index: Int, parts: [Part])] = [:]
        var joinedOrder: [String] = []
        var values: [String: (template: String, range: SourceRange, text: String)] = [:]
        var conflicted: Set<String> = []
        let ownValueKeys = Set(sources.filter { $0.template == nil }.flatMap(\.settings).compactMap { setting -> String? in
            if case .value(let key, _) = kind(setting.value) { key } else { nil }
        })
        for source in sources {
            var joinedInSource: Set<String> = []
            for setting in source.settings {
                switch kind(setting.value) {
                case .repeatable:
                    result.append(setting)
                case .value(let key, let text):
                    guard let template = source.template else {
                        result.append(setting)
                        continue
                    }
                    if ownValueKeys.contains(key) { continue }
                    guard let first = values[key] else {
                        values[key] = (template, setting.range, text)
                        result.append(setting)
                        continue
                    }
                    if first.template == template {
                        result.append(setting)  // twice in one template: analysis reports the duplicate
                    } else if first.text != text, conflicted.insert(key).inserted {
                        context.conflict(key, first: (first.template, first.range), second: (template, setting.range))
                    }
                case .joined(let key):
                    guard joinedInSource.insert(key).inserted else {
                        result.append(setting)
                        continue
                    }
                    let part = Part(template: source.template, setting: setting)
                    if joinedSlots[key] != nil {
                        joinedSlots[key]?.parts.append(part)
                    } else {
                        joinedSlots[key] = (result.count, [part])
                        joinedOrder.append(key)
                        result.append(setting)
                    }
                }
            }
        }
        for key in joinedOrder {
            guard let slot = joinedSlots[key], slot.parts.count > 1 else { continue }
            let range = slot.parts.last { $0.template == nil }?.setting.range ?? slot.parts[0].setting.range
            result[slot.index] = Located(join(slot.parts, &context), at: range)
        }
        return result
    }
}

/// What a merge needs to report a conflict: the declaration and its `uses` clause.
struct MergeContext {
    /// `app 'checkout'`
    var user: String
    /// The range of each used template's name in the `uses` clause.
    var uses: [String: SourceRange]
    var diagnostics: [Diagnostic] = []

    mutating func conflict(_ key: String, first: (template: String, range: SourceRange),
                           second: (template: String, range: SourceRange)) {
        var notes = [DiagnosticNote("'\(first.template)' sets it here", at: first.range)]
        if let a = uses[first.template], let b = uses[second.template] {
            notes.append(DiagnosticNote("in \(user), which uses '\(first.template)' and '\(second.template)' here",
                                        at: a.union(b)))
        }
        diagnostics.append(ReuseDiagnostic.templateConflict(
            .error, "templates '\(first.template)' and '\(second.template)' set '\(key)' differently",
            at: second.range, notes: notes, hint: "set '\(key)' in \(user) to choose"))
    }
}

extension TemplateMerge where Setting == AppSetting {
    /// The rules for an app block.
    static var app: TemplateMerge<AppSetting> {
        TemplateMerge(
        kind: { setting in
            switch setting {
            case .serviceAccount(let name): .value(key: "serviceaccount", text: name.value)
            case .tier(let reference): .value(key: "tier", text: "\(reference.namespace?.value ?? "")/\(reference.name.value)")
            case .identity(let name): .value(key: "identity", text: name.value)
            case .iamRole: .joined(key: "iam-role")
            case .securityGroups: .joined(key: "security-groups")
            case .secret: .repeatable
            }
        },
        join: { parts, context in
            if case .securityGroups = parts[0].setting.value {
                return .securityGroups(parts.flatMap { part -> [Name] in
                    if case .securityGroups(let names) = part.setting.value { names } else { [] }
                })
            }
            let roles = parts.compactMap { part -> (String?, IAMRoleSyntax)? in
                if case .iamRole(let role) = part.setting.value { (part.template, role) } else { nil }
            }
            return .iamRole(TemplateMerge<AppSetting>.joinIAMRoles(roles, context: &context))
        })
    }

    /// One `iam-role` block from several: the name is a once-only value, the settings merge by
    /// the iam-role rules.
    private static func joinIAMRoles(_ roles: [(template: String?, role: IAMRoleSyntax)],
                                     context: inout MergeContext) -> IAMRoleSyntax {
        var name = roles.last { $0.template == nil }?.role.name
        if name == nil {
            let named = roles.compactMap { entry in entry.role.name.map { (entry.template ?? "", $0) } }
            name = named.first?.1
            if let first = named.first, let other = named.first(where: { $0.1.value != first.1.value }) {
                context.conflict("iam-role name", first: (first.0, first.1.range), second: (other.0, other.1.range))
            }
        }
        let sources = roles.map { TemplateMerge<IAMRoleSetting>.Source(template: $0.template, settings: $0.role.settings) }
        let settings = TemplateMerge<IAMRoleSetting>.iamRole.merge(sources, context: &context)
        let range = roles.last { $0.template == nil }?.role.range ?? roles[0].role.range
        return IAMRoleSyntax(name: name, settings: settings, range: range)
    }
}

extension TemplateMerge where Setting == IAMRoleSetting {
    /// The rules for an app's `iam-role` block.
    static var iamRole: TemplateMerge<IAMRoleSetting> {
        TemplateMerge(
        kind: { setting in
            switch setting {
            case .managed: .joined(key: "managed")
            case .boundary(let name): .value(key: "boundary", text: name.value)
            case .statement: .repeatable
            }
        },
        join: { parts, _ in
            .managed(parts.flatMap { part -> [Name] in
                if case .managed(let names) = part.setting.value { names } else { [] }
            })
        })
    }
}

extension TemplateMerge where Setting == RoleSetting {
    /// The rules for a role block: every setting repeats, so the lists append.
    static var role: TemplateMerge<RoleSetting> {
        TemplateMerge(kind: { _ in .repeatable }, join: { parts, _ in parts[0].setting.value })
    }
}
