/// A Kubernetes object produced by a pass, rendered in the usual key order:
/// apiVersion, kind, metadata, then the kind's own fields (`body`).
protocol KubernetesManifest: Sendable {
    var apiVersion: String { get }
    var kind: String { get }
    var metadata: ObjectMeta { get }
    /// The fields after metadata (spec, data, rules, subjects, ...), in the kind's order.
    var body: [Document.Entry] { get }
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
            var seen = Set<String>()
            let unique = items.sorted().filter { seen.insert($0.key).inserted }
            return .map(unique.map { Document.Entry($0.key, .string($0.value)) })
        }
        return .map([
            "name": .string(name),
            "namespace": namespace.map(Document.string),
            "labels": pairs(labels),
            "annotations": pairs(annotations),
        ])
    }
}
