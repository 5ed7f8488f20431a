/// The note that ties a diagnostic in a template's body to the declaration it was found in.
extension Analysis {
    /// Runs `body` (the analysis of one declaration) and adds, to each diagnostic it reports in
    /// the body of a template the declaration uses, the note at that `uses`.
    func notingTemplates<Result>(_ uses: [TemplateUseSyntax], of user: @autoclosure () -> String,
                                  _ body: () -> Result) -> Result {
        let first = diagnostics.count
        let result = body()
        guard uses.contains(where: { $0.template != nil }) else { return result }
        for index in first..<diagnostics.count {
            let range = diagnostics[index].range
            for use in uses {
                guard let template = use.template, ReuseProvenance.contains(template, range) else { continue }
                diagnostics[index].notes.append(DiagnosticNote(
                    "in \(user())\(ReuseProvenance.usesMarker)\(use.name.value)' here", at: use.name.range))
            }
        }
        return result
    }
}
