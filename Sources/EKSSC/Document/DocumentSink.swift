import CYaml

/// Where a document goes as it is written, node by node: `YAMLEventWriter` (straight to
/// libyaml, no tree) or `DocumentBuilder` (a `Document` tree, for `diff` and the tests).
///
/// A kind that writes itself through a sink (`NetworkPolicyManifest.writeSpec(to:)`) has one
/// definition of its keys, their order and its values, whichever of the two it goes to; scalar
/// styles are the event writer's (`YAMLScalarStyle`), the same as for a tree.
protocol DocumentSink {
    associatedtype Failure: Error

    /// Starts a mapping; its entries follow as key, value, key, value, ... `empty` when none
    /// follow (the writer writes `{}`).
    mutating func mappingStart(empty: Bool) throws(Failure)
    mutating func mappingEnd() throws(Failure)
    /// Starts a sequence; `empty` when no items follow (the writer writes `[]`).
    mutating func sequenceStart(empty: Bool) throws(Failure)
    mutating func sequenceEnd() throws(Failure)
    /// A string: a mapping's key where a key is due, otherwise a value.
    mutating func string(_ value: String) throws(Failure)
    /// A fixed key (`podSelector`), one that is written plain.
    mutating func key(_ key: StaticString) throws(Failure)
    mutating func int(_ value: Int) throws(Failure)
    /// A value that already is a document.
    mutating func document(_ value: Document) throws(Failure)
}

extension DocumentSink {
    /// `key: [values...]` (`[]` when empty).
    mutating func strings(_ key: StaticString, _ values: [String]) throws(Failure) {
        try self.key(key)
        try sequenceStart(empty: values.isEmpty)
        for value in values { try string(value) }
        try sequenceEnd()
    }

    /// A mapping of label keys to values in the order given (callers pass sorted labels), as
    /// `Document.labels`.
    mutating func labels(_ labels: [Label]) throws(Failure) {
        try mappingStart(empty: labels.isEmpty)
        for label in labels {
            try string(label.key)
            try string(label.value)
        }
        try mappingEnd()
    }

    /// A label selector, as `Document.selector(matching:expressions:)`: `matchLabels` (left out
    /// when there are no labels), then `matchExpressions` (left out when there are none); `{}`
    /// when both are.
    mutating func selector(matching labels: [Label], expressions: [LabelExpression] = []) throws(Failure) {
        try mappingStart(empty: labels.isEmpty && expressions.isEmpty)
        if !labels.isEmpty {
            try key("matchLabels")
            try self.labels(labels)
        }
        if !expressions.isEmpty {
            try key("matchExpressions")
            try sequenceStart(empty: false)
            for expression in expressions {
                try mappingStart(empty: false)
                try key("key")
                try string(expression.key)
                try key("operator")
                try string(expression.operator.kubernetesName)
                if !expression.values.isEmpty {
                    try strings("values", expression.values)
                }
                try mappingEnd()
            }
            try sequenceEnd()
        }
        try mappingEnd()
    }
}

extension YAMLEventWriter: DocumentSink {
    func key(_ key: StaticString) throws(Failure) {
        try plain(key)
    }

    func int(_ value: Int) throws(Failure) {
        try scalar(String(value), style: YAML_PLAIN_SCALAR_STYLE)
    }

    func document(_ value: Document) throws(Failure) {
        try YAMLEmitter.write(value, to: self)
    }
}
