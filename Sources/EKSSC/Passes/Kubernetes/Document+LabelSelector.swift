extension Document {
    /// A mapping of label keys to values, in the order given (callers pass sorted labels).
    static func labels(_ labels: [Label]) -> Document {
        .map(labels.map { Entry($0.key, .string($0.value)) })
    }

    /// A label selector: `{matchLabels: {...}}`, or `{}` (every object) when there are no labels.
    static func selector(matching labels: [Label]) -> Document {
        labels.isEmpty ? .map([]) : .map([Entry("matchLabels", .labels(labels))])
    }

    /// A list of strings, or nil when empty: for keys that are left out rather than written `[]`.
    static func nonEmptyStrings(_ values: [String]) -> Document? {
        values.isEmpty ? nil : .strings(values)
    }
}
