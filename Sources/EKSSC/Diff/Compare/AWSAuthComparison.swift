/// Compares the aws-auth ConfigMap's `mapRoles` and `mapUsers` as data, not as text.
///
/// Each is YAML inside a string. Entries are keyed by lower-cased ARN, groups are a set, and
/// order and formatting are ignored. Live entries the file does not declare (the node role
/// EKS added, a mapping someone else manages) are reported as unmanaged, never as drift: ekssc
/// would not delete them unless asked.
enum AWSAuthComparison {
    /// The mapping lists and the field that holds each entry's ARN.
    static let mappingFields: [(field: String, arnKey: String)] = [("mapRoles", "rolearn"), ("mapUsers", "userarn")]

    static func isAWSAuth(kind: String, namespace: String?, name: String) -> Bool {
        kind == "ConfigMap" && namespace == "kube-system" && name == "aws-auth"
    }

    /// Both sides with their mappings turned into sorted data, live entries that the file does
    /// not declare removed, and those entries returned as unmanaged.
    static func prepare(desired: Document, live: Document) -> (desired: Document, live: Document,
                                                               unmanaged: [UnmanagedMapping]) {
        var desiredResult = desired
        var liveResult = live
        var unmanaged: [UnmanagedMapping] = []
        for (field, arnKey) in mappingFields {
            let desiredEntries = entries(desired["data"]?[field], arnKey: arnKey)
            let liveEntries = entries(live["data"]?[field], arnKey: arnKey)
            let declared = Set((desiredEntries ?? []).compactMap { $0[arnKey]?.stringValue })
            if let desiredEntries {
                desiredResult = desiredResult.updating("data.\(field)") { _ in .list(desiredEntries) }
            }
            guard let liveEntries else { continue }
            var kept: [Document] = []
            for entry in liveEntries {
                if let arn = entry[arnKey]?.stringValue, declared.contains(arn) {
                    kept.append(entry)
                } else {
                    unmanaged.append(UnmanagedMapping(field: field, arn: entry[arnKey]?.stringValue ?? "",
                                                      username: entry["username"]?.stringValue))
                }
            }
            liveResult = liveResult.updating("data.\(field)") { _ in
                desiredEntries == nil && kept.isEmpty ? nil : .list(kept)
            }
        }
        // Other data keys the file does not set (`mapAccounts`) are someone else's too.
        let desiredKeys = Set((desired["data"]?.entries ?? []).map(\.key))
        for entry in live["data"]?.entries ?? [] where !desiredKeys.contains(entry.key)
            && !mappingFields.contains(where: { $0.field == entry.key }) {
            unmanaged.append(UnmanagedMapping(field: entry.key, arn: "", username: nil))
            liveResult = liveResult.updating("data") { $0.removing([entry.key]) }
        }
        return (desiredResult, liveResult, unmanaged)
    }

    /// The entries of one mapping field, normalised and sorted by ARN; nil when the field is
    /// absent or cannot be read as a YAML list (then it is compared as text).
    static func entries(_ value: Document?, arnKey: String) -> [Document]? {
        let data: Document
        switch value {
        case .yamlText(let inner)?:
            data = inner
        case .string(let text)?:
            guard let parsed = parse(text) else { return nil }
            data = parsed
        case .list?:
            data = value ?? .null
        default:
            return nil
        }
        if data == .null { return [] }
        guard case .list(let items) = data else { return nil }
        let normalised = items.map { normalize($0, arnKey: arnKey) }
        return normalised.sorted {
            ($0[arnKey]?.stringValue ?? "", $0.canonicalText) < ($1[arnKey]?.stringValue ?? "", $1.canonicalText)
        }
    }

    /// One entry: ARN lower-cased, groups as a sorted set, keys sorted.
    static func normalize(_ entry: Document, arnKey: String) -> Document {
        entry
            .updating(arnKey) { $0.stringValue.map { .string($0.lowercased()) } ?? $0 }
            .updating("groups") { $0.asSortedSet }
            .withSortedKeys
    }

    private static func parse(_ text: String) -> Document? {
        guard !text.allSatisfy({ $0.isWhitespace }) else { return .null }
        guard let documents = try? YAMLReader.read(Array(text.utf8)), documents.count <= 1 else { return nil }
        return documents.first ?? .null
    }
}

/// A live aws-auth entry that the file does not declare, or a whole data key it does not set.
struct UnmanagedMapping: Sendable, Hashable {
    /// `mapRoles`, `mapUsers`, or another data key such as `mapAccounts`.
    var field: String
    /// Lower-cased; empty for a whole data key.
    var arn: String
    var username: String?

    init(field: String, arn: String, username: String?) {
        self.field = field
        self.arn = arn
        self.username = username
    }
}
