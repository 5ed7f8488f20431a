/// Puts a Kubernetes object, desired or live, into the one form in which the two are compared.
///
/// Both sides go through the same steps, so every step is idempotent: server-populated fields
/// are dropped, the API server's defaults are filled in where a field is absent, lists whose
/// order carries no meaning are sorted, and mapping keys are sorted. aws-auth's mappings are
/// handled apart (`AWSAuthComparison`), because they need both sides at once.
enum ObjectNormalizer {
    /// The metadata fields ekssc sets; everything else in `metadata` belongs to the server.
    static let keptMetadataKeys: Set<String> = ["name", "namespace", "labels", "annotations"]

    /// Annotations written by tools rather than by the user.
    static let droppedAnnotations: Set<String> = ["kubectl.kubernetes.io/last-applied-configuration"]

    /// The normalised object.
    static func normalize(_ object: Document) -> Document {
        let kind = object["kind"]?.stringValue ?? ""
        let group = groupOf(object["apiVersion"]?.stringValue ?? "")
        var result = object.removing(["status"])
        result = result.updating("metadata") { normalizeMetadata($0, kind: kind) }
        result = KindDefaults.apply(to: result, group: group, kind: kind)
        return ordered(result.withSortedKeys)
    }

    /// The API group of an `apiVersion`, `""` for the core group.
    static func groupOf(_ apiVersion: String) -> String {
        apiVersion.contains("/") ? String(apiVersion.split(separator: "/")[0]) : ""
    }

    private static func normalizeMetadata(_ metadata: Document, kind: String) -> Document? {
        guard case .map(let entries) = metadata else { return metadata }
        var kept = entries.filter { keptMetadataKeys.contains($0.key) }
        for index in kept.indices {
            switch kept[index].key {
            case "annotations":
                kept[index].value = kept[index].value.removing(droppedAnnotations)
            case "labels" where kind == "Namespace":
                // The API server labels every namespace with its own name.
                kept[index].value = kept[index].value.removing(["kubernetes.io/metadata.name"])
            default:
                break
            }
        }
        return .map(kept.filter { $0.value != .map([]) })
    }

    /// apiVersion, kind and metadata first (name and namespace first inside it), then the rest
    /// in key order: the order a reader expects in the diff.
    private static func ordered(_ object: Document) -> Document {
        guard case .map(let entries) = object else { return object }
        let head = ["apiVersion", "kind", "metadata"]
        var result = head.compactMap { key in entries.first { $0.key == key } }
        result += entries.filter { !head.contains($0.key) }
        if let index = result.firstIndex(where: { $0.key == "metadata" }),
           case .map(let metadata) = result[index].value {
            let first = ["name", "namespace"]
            result[index].value = .map(first.compactMap { key in metadata.first { $0.key == key } }
                                       + metadata.filter { !first.contains($0.key) })
        }
        return .map(result)
    }
}
