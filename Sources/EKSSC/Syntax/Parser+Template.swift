/// `template` declarations and the `uses` clause of apps and roles.
extension Parser.State {
    /// What a template block may hold: every app setting and every role setting.
    static let templateSettings = appSettings + roleSettings

    /// `template = "template" , name , "{" , { end | waiver | template-setting } , "}"`
    mutating func parseTemplate() throws(Parser.Recovery) -> TemplateDecl {
        use(.template)
        let start = takeStart()
        let name = try expectName(after: "'template'")
        let block = try parseBlock("template") { state throws(Parser.Recovery) in try state.parseTemplateSetting() }
        return TemplateDecl(name: name, settings: block.settings, range: range(from: start))
    }

    /// `template-setting = app-setting | role-setting`: their keywords differ, so one word tells
    /// which (a role's `allow` is a Kubernetes rule; an app's is inside its `iam-role` block).
    mutating func parseTemplateSetting() throws(Parser.Recovery) -> TemplateSetting {
        let setting: TemplateSetting
        if current.kind == .word, Self.roleSettings.contains(current.text) {
            setting = .role(try parseRoleSetting(in: "template"))
        } else if current.kind == .word, Self.appSettings.contains(current.text) {
            setting = .app(try parseAppSetting())
        } else {
            throw unknownSetting(in: "template", among: Self.templateSettings)
        }
        use(.templateSetting)
        return setting
    }

    /// `uses = "uses" , name , { "," , name }` after an app's or role's namespace; empty when
    /// the next word is not `uses`.
    mutating func parseUses() throws(Parser.Recovery) -> [TemplateUseSyntax] {
        guard current.isWord("uses") else { return [] }
        use(.uses)
        advance()
        return try list(after: "'uses'") { state, previous throws(Parser.Recovery) in
            TemplateUseSyntax(name: try state.expectName("a template name", after: previous))
        }
    }

    /// The block of a declaration after its `uses` clause: optional when it uses a template.
    mutating func parseBlockAfterUses<Setting>(
        _ uses: [TemplateUseSyntax], _ blockName: String,
        _ parseSetting: (inout Parser.State) throws(Parser.Recovery) -> Setting
    ) throws(Parser.Recovery) -> [Located<Setting>] {
        guard uses.isEmpty || current.kind == .openBrace else { return [] }
        return try parseBlock(blockName, parseSetting).settings
    }
}
