/// Reads live Kubernetes objects from what `kubectl get ... -o json|yaml` prints: a `List`
/// (items flattened, nested lists too), a single object, or a YAML stream of either.
enum LiveObjectReader {
    /// Every object in `bytes`. `source` names the input in messages (a path, `-`, a command).
    static func read(_ bytes: [UInt8], source: String) throws(DiffError) -> [Document] {
        let documents: [Document]
        do {
            documents = try YAMLReader.read(bytes)
        } catch {
            throw DiffError("cannot read live objects from '\(source)': \(error.description)")
        }
        var objects: [Document] = []
        for (index, document) in documents.enumerated() where document != .null {
            try flatten(document, into: &objects, source: source, position: "document \(index + 1)")
        }
        return objects
    }

    private static func flatten(_ document: Document, into objects: inout [Document], source: String,
                                position: String) throws(DiffError) {
        guard case .map = document, let kind = document["kind"]?.stringValue else {
            throw DiffError("cannot read live objects from '\(source)': \(position) is not a Kubernetes object "
                            + "(expected a mapping with 'kind')")
        }
        if kind == "List" || (kind.hasSuffix("List") && document["items"] != nil) {
            guard let items = document["items"]?.listValue ?? (document["items"] == .null ? [] : nil) else {
                throw DiffError("cannot read live objects from '\(source)': \(position) has 'items' that is not a list")
            }
            for (index, item) in items.enumerated() {
                try flatten(withKindFromList(item, listKind: kind, apiVersion: document["apiVersion"]),
                            into: &objects, source: source, position: "\(position), item \(index + 1)")
            }
            return
        }
        guard document["apiVersion"]?.stringValue != nil,
              document["metadata"]?["name"]?.stringValue != nil else {
            throw DiffError("cannot read live objects from '\(source)': \(position) ('\(kind)') lacks "
                            + "'apiVersion' or 'metadata.name'")
        }
        objects.append(document)
    }

    /// Items of a typed list (`RoleList`) may omit their own kind; the list's kind names it.
    private static func withKindFromList(_ item: Document, listKind: String, apiVersion: Document?) -> Document {
        guard listKind != "List", case .map = item else { return item }
        var result = item
        if item["kind"] == nil { result = result.setting("kind", .string(String(listKind.dropLast(4)))) }
        if item["apiVersion"] == nil, let apiVersion { result = result.setting("apiVersion", apiVersion) }
        return result
    }
}
