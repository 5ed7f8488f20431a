extension Document {
    /// A mapping of label keys to values, in the order given (callers pass sorted labels).
    static func labels(_ labels: [Label]) -> Document {
        .map(labels.map { Entry($0.key, .string($0.value)) })
    }

    /// A label selector: `{matchLabels: {...}}`, or `{}` (every object) when there are no labels.
    static func selector(matching labels: [Label]) -> Document {
        labels.isEmpty ? .map([]) : .map([Entry("matchLabels", .labels(labels))])
    }

    /// A selector with `matchExpressions` after `matchLabels` (left out when there are none).
    static func selector(matching labels: [Label], expressions: [LabelExpression]) -> Document {
        guard !expressions.isEmpty else { return selector(matching: labels) }
        var entries = selector(matching: labels).entries ?? []
        entries.append(Entry("matchExpressions", .list(expressions.map { expression in
            .map([
                "key": .string(expression.key),
                "operator": .string(expression.operator.kubernetesName),
                "values": expression.values.isEmpty ? nil : .strings(expression.values),
            ])
        })))
        return .map(entries)
    }

    /// A list of strings, or nil when empty: for keys that are left out rather than written `[]`.
    static func nonEmptyStrings(_ values: [String]) -> Document? {
        values.isEmpty ? nil : .strings(values)
    }
}
