#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real IAM action list (AWS Service Authorization Reference, see `IAMActionData.source`):
/// service prefixes, actions with their access level and resource types, resource types' ARN
/// patterns and condition keys.
///
/// Start-up cost is one scan of the data that records where each service's lines are; a
/// service's actions are parsed only when a policy names the service (`services(_:)`).
struct IAMActionCatalog: Sendable {
    /// The catalog of the data compiled into the library.
    static let shared = IAMActionCatalog(text: IAMActionData.text)

    static var source: String { IAMActionData.source }

    /// The data; a string literal, so its UTF-8 is read in place, never copied whole.
    private let text: String
    /// Service prefix → the byte range of its lines (after its `s` line).
    private let index: [String: Range<Int>]
    /// Every service prefix, sorted (for "did you mean": sorted only when asked).
    var prefixes: [String] { index.keys.sorted() }

    init(text: String) {
        var index: [String: Range<Int>] = [:]
        index.reserveCapacity(512)
        // Only the `s <prefix>` lines matter here: jump from one "\ns " to the next (strstr on
        // the NUL-terminated text, one call per service rather than one per line); a service's
        // lines are parsed when a policy names the service.
        text.withCString { (start: UnsafePointer<CChar>) -> Void in
            let count = text.utf8.count
            var current: (name: String, start: Int)?
            var lineStart = 0
            while lineStart < count {
                let serviceLine: Int
                if lineStart == 0, count > 1, start[0] == 0x73, start[1] == 0x20 {  // "s "
                    serviceLine = 0
                } else {
                    guard let found = strstr(start + max(lineStart - 1, 0), "\ns ") else { break }
                    serviceLine = UnsafePointer(found) - start + 1
                }
                let end: Int = strchr(start + serviceLine, 0x0A).map { UnsafePointer($0) - start } ?? count
                lineStart = end + 1
                guard end - serviceLine > 2 else { continue }
                if let current { index[current.name] = current.start..<serviceLine }
                let name = UnsafeRawBufferPointer(start: start + serviceLine + 2, count: end - serviceLine - 2)
                current = (String(decoding: name, as: UTF8.self), end + 1)
            }
            if let current { index[current.name] = current.start..<count }
        }
        self.text = text
        self.index = index
    }

    func hasService(_ prefix: String) -> Bool { index[prefix] != nil }

    /// The named services that exist, parsed.
    func services(_ prefixes: Set<String>) -> [String: IAMService] {
        var result: [String: IAMService] = [:]
        Self.withBytes(of: text) { buffer in
            for prefix in prefixes {
                guard let range = index[prefix] else { continue }
                result[prefix] = IAMService(prefix: prefix, lines: ArraySlice(buffer[range]))
            }
        }
        return result
    }

    /// `body` on the UTF-8 of `text`, in place when it is contiguous (a literal always is).
    private static func withBytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }
}

/// How much an action can do, as the Service Authorization Reference classifies it.
enum IAMAccessLevel: String, Sendable, Hashable {
    case read = "R", list = "L", write = "W", permissionsManagement = "P", tagging = "T"
}

/// One action of a service.
struct IAMActionInfo: Sendable, Hashable {
    var name: String
    var accessLevel: IAMAccessLevel
    /// Resource types it can be scoped to; empty when it only takes `*`.
    var resourceTypes: [String]
    /// The ARN patterns of `resourceTypes` as UTF-8 bytes, for `ARNPattern`.
    var resourcePatterns: [[UInt8]] = []
}

/// One service's actions, resource types and condition keys. A class: every statement that
/// names the service shares one parsed copy.
final class IAMService: Sendable {
    let prefix: String
    /// Lower-cased action name → action (IAM action names are case-insensitive).
    let actions: [String: IAMActionInfo]
    /// Resource type → ARN pattern (`arn:${Partition}:s3:::${BucketName}/${ObjectName}`).
    let resourceTypes: [String: String]
    /// The patterns' UTF-8 bytes, for `ARNPattern`.
    let resourcePatterns: [String: [UInt8]]
    /// Lower-cased condition keys; a key with a `${TagKey}` or `<key>` part is kept up to the `/`.
    let conditionKeys: Set<String>
    let conditionKeyPrefixes: [String]
    /// The keys as the reference spells them, sorted (for "did you mean").
    let conditionKeyNames: [String]

    init(prefix: String, lines: ArraySlice<UInt8>) {
        self.prefix = prefix
        var actions: [String: IAMActionInfo] = [:]
        var resourceTypes: [String: String] = [:]
        var conditionKeys: Set<String> = []
        var conditionKeyPrefixes: [String] = []
        var conditionKeyNames: [String] = []
        for line in lines.split(separator: UInt8(ascii: "\n")) {
            let text = String(decoding: line, as: UTF8.self)
            let fields = text.split(separator: " ")
            guard fields.count >= 2 else { continue }
            switch fields[0] {
            case "a" where fields.count == 4:
                let name = String(fields[1])
                let types = fields[3].split(separator: ",").map(String.init).filter { $0 != "*" }
                actions[name.lowercased()] = IAMActionInfo(
                    name: name, accessLevel: IAMAccessLevel(rawValue: String(fields[2])) ?? .write, resourceTypes: types)
            case "r" where fields.count == 3:
                resourceTypes[String(fields[1])] = String(fields[2])
            case "k":
                conditionKeyNames = fields.dropFirst().map(String.init)
                for key in fields.dropFirst() {
                    let lower = key.lowercased()
                    if let placeholder = lower.firstIndex(where: { $0 == "$" || $0 == "<" }) {
                        conditionKeyPrefixes.append(String(lower[..<placeholder]))
                    } else {
                        conditionKeys.insert(lower)
                    }
                }
            default:
                break
            }
        }
        let patterns = resourceTypes.mapValues { Array($0.utf8) }
        self.actions = actions.mapValues { action in
            var action = action
            action.resourcePatterns = action.resourceTypes.compactMap { patterns[$0] }
            return action
        }
        self.resourceTypes = resourceTypes
        self.resourcePatterns = patterns
        self.conditionKeys = conditionKeys
        self.conditionKeyPrefixes = conditionKeyPrefixes
        self.conditionKeyNames = conditionKeyNames
    }

    /// Whether `key` (`s3:prefix`, `s3:ExistingObjectTag/env`) is one of the service's keys.
    func hasConditionKey(_ key: String) -> Bool {
        let lower = key.lowercased()
        return conditionKeys.contains(lower) || conditionKeyPrefixes.contains { !$0.isEmpty && lower.hasPrefix($0) }
    }

    /// The actions an IAM pattern (`Get*`, `List?ucket*`) matches.
    func actions(matching pattern: String) -> [IAMActionInfo] {
        let lower = pattern.lowercased()
        if let exact = actions[lower] { return [exact] }
        guard lower.contains("*") || lower.contains("?") else { return [] }
        return actions.filter { IAMGlob.matches(lower, $0.key) }.map(\.value).sorted { $0.name < $1.name }
    }
}

/// IAM's `*` and `?` wildcards.
enum IAMGlob {
    static func matches(_ pattern: String, _ text: String) -> Bool {
        let p = Array(pattern.utf8), t = Array(text.utf8)
        var pi = 0, ti = 0, star = -1, mark = 0
        while ti < t.count {
            if pi < p.count, p[pi] == UInt8(ascii: "?") || p[pi] == t[ti] {
                pi += 1; ti += 1
            } else if pi < p.count, p[pi] == UInt8(ascii: "*") {
                star = pi; mark = ti; pi += 1
            } else if star >= 0 {
                pi = star + 1; mark += 1; ti = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == UInt8(ascii: "*") { pi += 1 }
        return pi == p.count
    }
}
