/// Helpers that put documents into one canonical form, so that two documents meaning the same
/// thing compare equal whatever order or spelling their sources used.
extension Document {
    /// A compact, unambiguous text of the document, independent of mapping key order: the sort
    /// key for lists compared as sets.
    var canonicalText: String {
        var text = ""
        appendCanonicalText(to: &text)
        return text
    }

    /// Writes `canonicalText` into one growing buffer: no string per node (live state of
    /// thousands of rules sorts by this text).
    func appendCanonicalText(to text: inout String) {
        switch self {
        case .null: text += "~"
        case .bool(let value): text += value ? "T" : "F"
        case .int(let value): text += "i"; text += String(value)
        case .string(let value): DiffLines.appendQuoted(value, to: &text)
        case .list(let items):
            text += "["
            for (index, item) in items.enumerated() {
                if index > 0 { text += "," }
                item.appendCanonicalText(to: &text)
            }
            text += "]"
        case .map(let entries):
            text += "{"
            let sorted = entries.count < 2 || zip(entries, entries.dropFirst()).allSatisfy { $0.key < $1.key }
                ? entries : entries.sorted { $0.key < $1.key }
            for (index, entry) in sorted.enumerated() {
                if index > 0 { text += "," }
                DiffLines.appendQuoted(entry.key, to: &text)
                text += ":"
                entry.value.appendCanonicalText(to: &text)
            }
            text += "}"
        case .yamlText(let inner):
            text += "y"
            inner.appendCanonicalText(to: &text)
        }
    }

    /// Every mapping's keys sorted (recursively), and null values and empty lists dropped: in
    /// Kubernetes JSON a null or empty list means the same as an absent field.
    var withSortedKeys: Document {
        switch self {
        case .list(let items):
            return .list(items.map(\.withSortedKeys))
        case .map(let entries):
            return .map(entries
                .filter { $0.value != .null && $0.value != .list([]) }
                .map { Entry($0.key, $0.value.withSortedKeys) }
                .sorted { $0.key < $1.key })
        case .yamlText(let inner):
            return .yamlText(inner.withSortedKeys)
        default:
            return self
        }
    }

    /// The list's items sorted by their canonical text, duplicates removed.
    var asSortedSet: Document {
        guard case .list(let items) = self else { return self }
        var seen = Set<String>()
        let keyed = items.map { ($0.canonicalText, $0) }.sorted { $0.0 < $1.0 }
        return .list(keyed.filter { seen.insert($0.0).inserted }.map(\.1))
    }

    /// The document with `transform` applied to the value at `path` (a chain of mapping keys,
    /// where `[]` means "every item of a list"). Missing keys leave the document unchanged.
    func updating(_ path: ArraySlice<String>, _ transform: (Document) -> Document?) -> Document {
        guard let head = path.first else { return transform(self) ?? .null }
        let rest = path.dropFirst()
        if head == "[]" {
            guard case .list(let items) = self else { return self }
            return .list(items.map { $0.updating(rest, transform) })
        }
        guard case .map(var entries) = self,
              let index = entries.firstIndex(where: { $0.key == head }) else { return self }
        if rest.isEmpty {
            if let replaced = transform(entries[index].value) {
                entries[index].value = replaced
            } else {
                entries.remove(at: index)
            }
        } else {
            entries[index].value = entries[index].value.updating(rest, transform)
        }
        return .map(entries)
    }

    /// `updating` with a dotted path such as `spec.ingress.[].ports`.
    func updating(_ dottedPath: String, _ transform: (Document) -> Document?) -> Document {
        updating(ArraySlice(dottedPath.split(separator: ".").map(String.init)), transform)
    }

    /// The mapping with `key` set to `value` when it is absent (a server default).
    func settingDefault(_ key: String, _ value: Document) -> Document {
        guard case .map(var entries) = self else { return self }
        if let index = entries.firstIndex(where: { $0.key == key }) {
            if entries[index].value == .null { entries[index].value = value }
        } else {
            entries.append(Entry(key, value))
        }
        return .map(entries)
    }

    /// The mapping without `keys`.
    func removing(_ keys: Set<String>) -> Document {
        guard case .map(let entries) = self else { return self }
        return .map(entries.filter { !keys.contains($0.key) })
    }

    /// The mapping with `key` set to `value`, replacing any existing value.
    func setting(_ key: String, _ value: Document) -> Document {
        guard case .map(var entries) = self else { return self }
        if let index = entries.firstIndex(where: { $0.key == key }) {
            entries[index].value = value
        } else {
            entries.append(Entry(key, value))
        }
        return .map(entries)
    }
}
