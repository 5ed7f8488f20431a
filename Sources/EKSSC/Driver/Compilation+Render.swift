extension Compilation {
    /// The diagnostics as text or SARIF; empty text when there is no diagnostic.
    public func renderDiagnostics(_ format: DiagnosticFormat) -> String {
        switch format {
        case .text(let colored):
            guard !diagnostics.isEmpty else { return "" }
            var text = DiagnosticRenderer(colored: colored).render(diagnostics, in: sourceSet)
            if let summary = DiagnosticRenderer.summary(of: diagnostics) { text += summary + " generated\n" }
            return text
        case .sarif(let uri):
            return renderDiagnostics(.sarifFiles(uris: [uri]))
        case .sarifFiles(let uris):
            let named = sourceSet.files.indices.map { $0 < uris.count ? uris[$0] : sourceSet.files[$0].path }
            return SARIFLog(toolVersion: EKSSCVersion.current)
                .render(sources: sourceSet, uris: named, diagnostics: diagnostics, lint: lint, verification: verification)
        }
    }

    /// The verification as text (with the reachability matrix when `matrix`) or JSON; nil when
    /// verification did not run.
    public func verificationReport(_ format: ReportFormat, matrix: Bool = true) -> String? {
        guard let verification else { return nil }
        switch format {
        case .text: return verification.text(in: sourceSet, matrix: matrix)
        case .json: return JSONEmitter.render(verification.document(in: sourceSet))
        }
    }

    /// Tiers, flows and identities (ServiceAccount -> role -> secrets) as a drawing; nil when
    /// there is no model.
    public func graph(_ format: GraphFormat) -> String? {
        guard let model, !hasErrors else { return nil }
        let graph = SecurityGraph(model: model)
        return format == .dot ? graph.dot : graph.mermaid
    }
}
