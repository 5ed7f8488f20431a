/// A Kubernetes object produced by a pass, rendered in the usual key order:
/// apiVersion, kind, metadata, then the kind's own fields (`body`).
public protocol KubernetesManifest: Sendable {
    var apiVersion: String { get }
    var kind: String { get }
    var metadata: ObjectMeta { get }
    /// The fields after metadata (spec, data, rules, subjects, ...), in the kind's order.
    var body: [Document.Entry] { get }
}

extension KubernetesManifest {
    /// The whole object as a document.
    public var document: Document {
        .map([
            Document.Entry("apiVersion", .string(apiVersion)),
            Document.Entry("kind", .string(kind)),
            Document.Entry("metadata", metadata.document),
        ] + body)
    }

    /// `kind/namespace/name`: identifies the object within the output.
    public var objectKey: ObjectKey {
        ObjectKey(apiVersion: apiVersion, kind: kind, namespace: metadata.namespace, name: metadata.name)
    }
}

/// Identifies one Kubernetes object; ordered by namespace, kind, then name.
public struct ObjectKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var apiVersion: String
    public var kind: String
    public var namespace: String?
    public var name: String

    public init(apiVersion: String, kind: String, namespace: String?, name: String) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.namespace = namespace
        self.name = name
    }

    /// The API group, `""` for the core group.
    public var group: String {
        apiVersion.contains("/") ? String(apiVersion.split(separator: "/")[0]) : ""
    }

    public var description: String {
        namespace.map { "\(kind) \($0)/\(name)" } ?? "\(kind) \(name)"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        ((lhs.namespace ?? ""), lhs.kind, lhs.name, lhs.apiVersion)
            < ((rhs.namespace ?? ""), rhs.kind, rhs.name, rhs.apiVersion)
    }
}

/// The metadata ekssc sets on an object. Labels and annotations are emitted sorted by key.
public struct ObjectMeta: Sendable, Hashable {
    public var name: String
    /// Nil for cluster-scoped kinds.
    public var namespace: String?
    public var labels: [Label]
    public var annotations: [Label]

    public init(name: String, namespace: String? = nil, labels: [Label] = [], annotations: [Label] = []) {
        self.name = name
        self.namespace = namespace
        self.labels = labels
        self.annotations = annotations
    }

    /// The label every object ekssc emits carries, so `ekssc diff` can find orphans.
    public static let managedByLabel = Label(key: ReservedLabels.managedBy, value: "ekssc")

    /// Metadata with the managed-by label added to `labels`.
    public static func managed(name: String, namespace: String? = nil, labels: [Label] = [],
                               annotations: [Label] = []) -> ObjectMeta {
        ObjectMeta(name: name, namespace: namespace, labels: labels + [managedByLabel], annotations: annotations)
    }

    public var document: Document {
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
