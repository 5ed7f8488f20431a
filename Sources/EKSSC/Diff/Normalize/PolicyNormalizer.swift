#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Puts an IAM policy document into the form in which desired and live are compared: a single
/// statement or value becomes a one-element list, lists that are sets are sorted, scalars are
/// strings (IAM keeps condition values as text), and keys are sorted. Whitespace never matters
/// because policies are compared as data.
enum PolicyNormalizer {
    static let valueListKeys: Set<String> = ["Action", "NotAction", "Resource", "NotResource"]

    static func normalize(_ policy: Document) -> Document {
        var result = policy.updating("Statement") { statement in
            if case .map = statement { return .list([statement]) }
            return statement
        }
        result = result.updating("Statement.[]") { normalizeStatement($0) }
        result = result.updating("Statement") { $0.asSortedSet }
        return result.withSortedKeys
    }

    /// A policy as IAM returns it: a JSON object, or (from `get-role` in some versions) a
    /// URL-encoded JSON string. Nil when it is neither.
    static func decode(_ value: Document?) -> Document? {
        switch value {
        case .map?: return value
        case .string(let text)?:
            let decoded = percentDecoded(text) ?? text
            guard let documents = try? YAMLReader.read(Array(decoded.utf8)), documents.count == 1,
                  case .map = documents[0] else { return nil }
            return documents[0]
        default: return nil
        }
    }

    /// `text` with `%XX` escapes decoded (as IAM URL-encodes policy documents); nil when an
    /// escape is malformed or the result is not UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%") {
                guard index + 2 < bytes.count,
                      let value = UInt8(String(decoding: bytes[index + 1...index + 2], as: UTF8.self), radix: 16)
                else { return nil }
                decoded.append(value)
                index += 3
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        return String(validating: decoded, as: UTF8.self)
    }

    private static func normalizeStatement(_ statement: Document) -> Document {
        guard case .map(let entries) = statement else { return statement }
        return .map(entries.map { entry in
            switch entry.key {
            case _ where valueListKeys.contains(entry.key):
                return Document.Entry(entry.key, stringSet(entry.value))
            case "Principal", "NotPrincipal":
                guard case .map(let principals) = entry.value else { return Document.Entry(entry.key, stringified(entry.value)) }
                return Document.Entry(entry.key, .map(principals.map { Document.Entry($0.key, stringSet($0.value)) }))
            case "Condition":
                guard case .map(let operators) = entry.value else { return entry }
                return Document.Entry(entry.key, .map(operators.map { op in
                    guard case .map(let keys) = op.value else { return op }
                    return Document.Entry(op.key, .map(keys.map { Document.Entry($0.key, stringSet($0.value)) }))
                }))
            default:
                return Document.Entry(entry.key, stringified(entry.value))
            }
        })
    }

    /// A scalar or list as a sorted list of unique strings.
    static func stringSet(_ value: Document) -> Document {
        let items = value.listValue ?? [value]
        return Document.list(items.map(stringified)).asSortedSet
    }

    private static func stringified(_ value: Document) -> Document {
        switch value {
        case .bool(let flag): return .string(flag ? "true" : "false")
        case .int(let number): return .string(String(number))
        default: return value
        }
    }
}
