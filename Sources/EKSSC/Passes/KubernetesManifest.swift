/// A Kubernetes object produced by a pass, rendered in the usual key order:
/// apiVersion, kind, metadata, then the kind's own fields (`body`).
protocol KubernetesManifest: Sendable {
    var apiVersion: String { get }
    var kind: String { get }
    var metadata: ObjectMeta { get }
    /// The fields after metadata (spec, data, rules, subjects, ...), in the kind's order.
    var body: [Document.Entry] { get }
    /// `body` as YAML events. By default through `body`'s documents; a kind that writes itself
    /// through a `DocumentSink` writes its fields straight to libyaml instead.
    func writeBody(to writer: YAMLEventWriter) throws(YAMLEventWriter.Failure)
}

extension KubernetesManifest {
    /// The whole object as a document.
    var document: Document {
        .map([
            Document.Entry("apiVersion", .string(apiVersion)),
            Document.Entry("kind", .string(kind)),
            Document.Entry("metadata", metadata.document),
        ] + body)
    }

    /// The whole object as YAML events, in `document`'s key order and with its values: the
    /// fields before `body` written straight from the object, then `writeBody(to:)`.
    /// What the output files are rendered from; `document` is what `diff` compares.
    func write(to writer: YAMLEventWriter) throws(YAMLEventWriter.Failure) {
        try writer.mappingStart(empty: false)
        try writer.plain("apiVersion")
        try writer.string(apiVersion)
        try writer.plain("kind")
        try writer.string(kind)
        try writer.plain("metadata")
        try metadata.write(to: writer)
        try writeBody(to: writer)
        try writer.mappingEnd()
    }

    func writeBody(to writer: YAMLEventWriter) throws(YAMLEventWriter.Failure) {
        for entry in body {
            try YAMLEmitter.write(entry, to: writer)
        }
    }

    /// `kind/namespace/name`: identifies the object within the output.
    var objectKey: ObjectKey {
        ObjectKey(apiVersion: apiVersion, kind: kind, namespace: metadata.namespace, name: metadata.name)
    }
}

/// Identifies one Kubernetes object; ordered by namespace, kind, then name.
struct ObjectKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    var apiVersion: String
    var kind: String
    var namespace: String?
    var name: String

    init(apiVersion: String, kind: String, namespace: String?, name: String) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.namespace = namespace
        self.name = name
    }

    /// The API group, `""` for the core group.
    var group: String {
        apiVersion.contains("/") ? String(apiVersion.split(separator: "/")[0]) : ""
    }

    var description: String {
        namespace.map { "\(kind) \($0)/\(name)" } ?? "\(kind) \(name)"
    }

    static func < (lhs: Self, rhs: Self) -> Bool {
        ((lhs.namespace ?? ""), lhs.kind, lhs.name, lhs.apiVersion)
            < ((rhs.namespace ?? ""), rhs.kind, rhs.name, rhs.apiVersion)
    }
}

/// The metadata ekssc sets on an object. Labels and annotations are emitted sorted by key.
struct ObjectMeta: Sendable, Hashable {
    var name: String
    /// Nil for cluster-scoped kinds.
    var namespace: String?
    var labels: [Label]
    var annotations: [Label]

    init(name: String, namespace: String? = nil, labels: [Label] = [], annotations: [Label] = []) {
        self.name = name
        self.namespace = namespace
        self.labels = labels
        self.annotations = annotations
    }

    /// The label every object ekssc emits carries, so `ekssc diff` can find orphans.
    static let managedByLabel = Label(key: ReservedLabels.managedBy, value: "ekssc")

    /// Metadata with the managed-by label added to `labels`.
    static func managed(name: String, namespace: String? = nil, labels: [Label] = [],
                               annotations: [Label] = []) -> ObjectMeta {
        ObjectMeta(name: name, namespace: namespace, labels: labels + [managedByLabel], annotations: annotations)
    }

    var document: Document {
        func pairs(_ items: [Label]) -> Document? {
            guard !items.isEmpty else { return nil }
            return .map(Self.uniqueSorted(items).map { Document.Entry($0.key, .string($0.value)) })
        }
        return .map([
            "name": .string(name),
            "namespace": namespace.map(Document.string),
            "labels": pairs(labels),
            "annotations": pairs(annotations),
        ])
    }

    /// `document` as YAML events, written from the fields without building the tree.
    func write(to writer: YAMLEventWriter) throws(YAMLEventWriter.Failure) {
        func pairs(_ key: StaticString, _ items: [Label]) throws(YAMLEventWriter.Failure) {
            guard !items.isEmpty else { return }
            try writer.plain(key)
            try writer.mappingStart(empty: false)
            for label in Self.uniqueSorted(items) {
                try writer.string(label.key)
                try writer.string(label.value)
            }
            try writer.mappingEnd()
        }
        try writer.mappingStart(empty: false)
        try writer.plain("name")
        try writer.string(name)
        if let namespace {
            try writer.plain("namespace")
            try writer.string(namespace)
        }
        try pairs("labels", labels)
        try pairs("annotations", annotations)
        try writer.mappingEnd()
    }

    /// Labels or annotations sorted by key (then value), the first of each key kept: what both
    /// `document` and `write(to:)` emit.
    static func uniqueSorted(_ items: [Label]) -> [Label] {
        guard items.count > 1 else { return items }
        var unique: [Label] = []
        unique.reserveCapacity(items.count)
        // Sorted, equal keys are adjacent: the first of each run is the one a set would keep.
        for label in items.sorted() where unique.last?.key != label.key {
            unique.append(label)
        }
        return unique
    }
}
