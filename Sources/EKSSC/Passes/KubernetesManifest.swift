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
    /// The whole object as a document (what `diff` compares): the same fields as `write(to:)`.
    var document: Document {
        DocumentBuilder.build { builder in
            writeHeader(to: &builder)
            for entry in body {
                builder.string(entry.key)
                builder.document(entry.value)
            }
            builder.mappingEnd()
        }
    }

    /// The whole object as YAML events: what the output files are rendered from, without a
    /// tree for the fields before `body`, nor for a body that `writeBody(to:)` writes itself.
    func write(to writer: YAMLEventWriter) throws(YAMLEventWriter.Failure) {
        var sink = writer
        try writeHeader(to: &sink)
        try writeBody(to: writer)
        try writer.mappingEnd()
    }

    /// Opens the object's mapping and writes apiVersion, kind and metadata: the part of every
    /// object that `document` and `write(to:)` share.
    func writeHeader<Sink: DocumentSink>(to sink: inout Sink) throws(Sink.Failure) {
        try sink.mappingStart(empty: false)
        try sink.key("apiVersion")
        try sink.string(apiVersion)
        try sink.key("kind")
        try sink.string(kind)
        try sink.key("metadata")
        try metadata.write(to: &sink)
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

/// A kind whose fields after metadata are written once, through a `DocumentSink`: the same
/// code gives the tree `diff` reads (`body`) and the events the output files are rendered from
/// (`writeBody(to:)`), so key order and scalar styles have one definition.
protocol SinkWrittenManifest: KubernetesManifest {
    /// The fields after metadata, in the kind's order.
    func writeSpec<Sink: DocumentSink>(to sink: inout Sink) throws(Sink.Failure)
}

extension SinkWrittenManifest {
    var body: [Document.Entry] {
        DocumentBuilder.entries { writeSpec(to: &$0) }
    }

    func writeBody(to writer: YAMLEventWriter) throws(YAMLEventWriter.Failure) {
        var sink = writer
        try writeSpec(to: &sink)
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
        DocumentBuilder.build { write(to: &$0) }
    }

    /// name, namespace (when namespaced), labels and annotations (when there are any, each
    /// sorted by key).
    func write<Sink: DocumentSink>(to sink: inout Sink) throws(Sink.Failure) {
        func pairs(_ key: StaticString, _ items: [Label]) throws(Sink.Failure) {
            guard !items.isEmpty else { return }
            try sink.key(key)
            try sink.labels(Self.uniqueSorted(items))
        }
        try sink.mappingStart(empty: false)
        try sink.key("name")
        try sink.string(name)
        if let namespace {
            try sink.key("namespace")
            try sink.string(namespace)
        }
        try pairs("labels", labels)
        try pairs("annotations", annotations)
        try sink.mappingEnd()
    }

    /// Labels or annotations sorted by key (then value), the first of each key kept.
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
