import CYaml

/// Renders documents as YAML through libyaml's emitter.
enum YAMLEmitter {
    /// A YAML stream: each document starts with `---` (no `...` end); block style, 2-space
    /// indent, sequences at their key's indentation (libyaml's style, which yamllint's
    /// `indent-sequences: consistent` accepts); `\n` endings; one trailing newline; an empty
    /// stream for no documents.
    ///
    /// Scalars: ints, `true`/`false` and `null` plain; strings plain when both YAML 1.1 and 1.2
    /// read them back unchanged, otherwise double-quoted; strings with line breaks as `|` blocks;
    /// `.yamlText` as a `|` block holding the rendered YAML; empty mappings and sequences as
    /// `{}` and `[]`.
    static func render(_ documents: [Document]) -> String {
        do {
            return try renderStream(documents, explicitStart: true)
        } catch {
            // Unreachable: every Document maps to a well-formed event sequence, and Swift strings
            // are valid UTF-8, which is all libyaml checks.
            assertionFailure("libyaml rejected a document: \(error.problem)")
            return ""
        }
    }

    /// The stream as text; without `explicitStart` a single document has no `---` (the body of
    /// a `.yamlText` block).
    static func renderStream(_ documents: [Document], explicitStart: Bool) throws(YAMLEventWriter.Failure) -> String {
        let writer = try YAMLEventWriter(capacity: explicitStart ? YAMLEventWriter.initialCapacity : 1_024)
        for document in documents {
            try writer.documentStart(explicit: explicitStart)
            try write(document, to: writer)
            try writer.documentEnd()
        }
        return try writer.finish()
    }

    /// A YAML stream of Kubernetes objects, as `render(manifests.map(\.document))` writes it,
    /// but with each object's apiVersion, kind and metadata written straight from its fields
    /// (`KubernetesManifest.write(to:)`) instead of through a document tree built for the call.
    static func render(manifests: [any KubernetesManifest]) -> String {
        do {
            let writer = try YAMLEventWriter()
            for manifest in manifests {
                try writer.documentStart(explicit: true)
                try manifest.write(to: writer)
                try writer.documentEnd()
            }
            return try writer.finish()
        } catch {
            assertionFailure("libyaml rejected a manifest: \(error.problem)")
            return ""
        }
    }

    /// The events of `document`: scalars in the styles described at `render`, mappings in
    /// their entries' order.
    static func write(_ document: Document, to writer: YAMLEventWriter) throws(YAMLEventWriter.Failure) {
        switch document {
        case .null:
            try writer.plain("null")
        case .bool(let value):
            try writer.plain(value ? "true" : "false")
        case .int(let value):
            try writer.scalar(String(value), style: YAML_PLAIN_SCALAR_STYLE)
        case .string(let value):
            try writer.string(value)
        case .yamlText(let inner):
            let text = try renderStream([inner], explicitStart: false)
            try writer.scalar(text, style: YAML_LITERAL_SCALAR_STYLE)
        case .list(let items):
            try writer.sequenceStart(empty: items.isEmpty)
            for item in items {
                try write(item, to: writer)
            }
            try writer.sequenceEnd()
        case .map(let entries):
            try writer.mappingStart(empty: entries.isEmpty)
            for entry in entries {
                try write(entry, to: writer)
            }
            try writer.mappingEnd()
        }
    }

    /// One mapping entry: its key, then its value.
    static func write(_ entry: Document.Entry, to writer: YAMLEventWriter) throws(YAMLEventWriter.Failure) {
        try writer.string(entry.key)
        try write(entry.value, to: writer)
    }
}
