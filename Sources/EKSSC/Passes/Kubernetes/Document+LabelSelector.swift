extension Document {
    /// A mapping of label keys to values, in the order given (callers pass sorted labels).
    static func labels(_ labels: [Label]) -> Document {
        DocumentBuilder.build { $0.labels(labels) }
    }

    /// A label selector: `{matchLabels: {...}}`, or `{}` (every object) when there are no labels.
    static func selector(matching labels: [Label]) -> Document {
        DocumentBuilder.build { $0.selector(matching: labels) }
    }

    /// A selector with `matchExpressions` after `matchLabels` (left out when there are none);
    /// written by `DocumentSink.selector`, which kinds that write themselves use too.
    static func selector(matching labels: [Label], expressions: [LabelExpression]) -> Document {
        DocumentBuilder.build { $0.selector(matching: labels, expressions: expressions) }
    }

    /// A list of strings, or nil when empty: for keys that are left out rather than written `[]`.
    static func nonEmptyStrings(_ values: [String]) -> Document? {
        values.isEmpty ? nil : .strings(values)
    }
}
