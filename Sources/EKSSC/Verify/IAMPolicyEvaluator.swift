/// Evaluates one IAM policy document (a trust policy or a permission policy) for one request,
/// following AWS's documented policy logic for a single policy:
///
/// - An explicit `Deny` that matches wins over every `Allow`.
/// - Otherwise an `Allow` that matches allows; nothing matching is an implicit deny.
/// - A statement matches when its `Principal` (trust policies), `Action` and `Resource` match
///   (`*` any run of characters, `?` one character; actions case-insensitively) and every
///   condition holds: all keys of an operator, any value of a key.
/// - Operators: StringEquals, StringNotEquals, StringEqualsIgnoreCase, StringLike,
///   StringNotLike, ArnEquals, ArnLike, ArnNotEquals, ArnNotLike. A key missing from the
///   request fails a positive operator and satisfies a negated one.
/// - A key the request does not know (`unknownKeys`) or an operator not listed makes the
///   statement's outcome unknown: an Allow becomes "may allow", a Deny "may deny" (reported).
struct IAMPolicyEvaluator {
    enum Decision: Equatable {
        case allow
        case explicitDeny
        case implicitDeny
        /// An Allow (or a Deny) depends on condition keys the request does not know.
        case mayAllow(keys: [String])
    }

    struct Request {
        /// `Service`, `Federated` or `AWS` and the principal's value; nil for permission policies.
        var principal: (kind: String, value: String)?
        var action: String
        /// Nil for trust policies (no `Resource`).
        var resource: String?
        /// Condition keys the request carries (lowercased keys compare case-insensitively).
        var context: [String: String]
        /// Prefixes of the condition keys this request knows completely: a key under one of
        /// them that is not in `context` is missing; any other absent key is unknown.
        var knownKeyPrefixes: [String] = []
    }

    let statements: [Document]

    /// - Parameter path: where the policy was read, for the error (made only then).
    init(_ policy: Document, path: @autoclosure () -> String) throws(VerifyError) {
        switch policy["Statement"] {
        case .list(let list)?: statements = list
        case .map(let entries)?: statements = [.map(entries)]
        default: throw .shape(path() + ": Statement", "a statement or a list of statements")
        }
    }

    /// The values of the keys ending in `suffix` under StringEquals/StringLike, when every Allow
    /// statement has such a condition (so nothing outside them can be allowed); nil otherwise.
    func positiveValues(ofKeySuffix suffix: String) -> [String]? {
        var values: [String] = []
        for statement in statements where statement["Effect"]?.stringValue == "Allow" {
            var found = false
            for op in statement["Condition"]?.entries ?? [] where op.key == "StringEquals" || op.key == "StringLike" {
                for key in op.value.entries ?? [] where Self.lowercased(key.key, hasSuffix: suffix) {
                    found = true
                    switch key.value {
                    case .string(let one): values.append(one)
                    case .list(let many): values += many.compactMap(\.stringValue)
                    default: break
                    }
                }
            }
            if !found { return nil }
        }
        return values
    }

    /// The fixed beginning (up to the first `*` or `?`) of every Allow statement's resource
    /// pattern: a resource that starts with none of them is never allowed.
    var allowedResourcePrefixes: [String] {
        func fixed(_ pattern: String) -> String {
            // ASCII (every ARN ekssc writes): the bytes before the first wildcard, without
            // breaking the text into characters; otherwise the characters before it.
            let bytes = pattern.utf8
            if bytes.allSatisfy({ $0 < 0x80 }) {
                return String(pattern[..<(bytes.firstIndex { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") } ?? bytes.endIndex)])
            }
            return String(pattern.prefix { $0 != "*" && $0 != "?" })
        }
        var prefixes: [String] = []
        for statement in statements where statement["Effect"]?.stringValue == "Allow" {
            switch statement["Resource"] {
            case .string(let one)?: prefixes.append(fixed(one))
            case .list(let many)?: for item in many { if let one = item.stringValue { prefixes.append(fixed(one)) } }
            default: prefixes.append("")
            }
        }
        return prefixes
    }

    func evaluate(_ request: Request) -> Decision {
        var allowed = false
        var unknown: [String] = []
        var denied = false
        for statement in statements {
            guard principalMatches(statement["Principal"], request),
                  listMatches(statement["Action"], request.action, ignoringCase: true),
                  request.resource.map({ listMatches(statement["Resource"], $0, ignoringCase: false) }) ?? true
            else { continue }
            let conditions = self.conditions(statement["Condition"], request)
            let effect = statement["Effect"]?.stringValue
            switch conditions {
            case .holds: if effect == "Deny" { denied = true } else if effect == "Allow" { allowed = true }
            case .fails: continue
            case .unknown(let keys): unknown += keys
            }
        }
        if denied { return .explicitDeny }
        if !unknown.isEmpty { return .mayAllow(keys: Array(Set(unknown)).sorted()) }
        return allowed ? .allow : .implicitDeny
    }

    private func principalMatches(_ principal: Document?, _ request: Request) -> Bool {
        guard let principal else { return request.principal == nil }
        guard let wanted = request.principal else { return false }
        if principal.stringValue == "*" { return true }
        return listMatches(principal[wanted.kind], wanted.value, ignoringCase: false)
    }

    private func listMatches(_ value: Document?, _ candidate: String, ignoringCase: Bool) -> Bool {
        switch value {
        case .string(let one)?: Self.glob(one, matches: candidate, ignoringCase: ignoringCase)
        case .list(let many)?:
            many.contains { $0.stringValue.map { Self.glob($0, matches: candidate, ignoringCase: ignoringCase) } ?? false }
        default: false
        }
    }

    enum ConditionResult { case holds, fails, unknown([String]) }

    private func conditions(_ block: Document?, _ request: Request) -> ConditionResult {
        guard let operators = block?.entries else { return .holds }
        var unknown: [String] = []
        for entry in operators {
            guard let keys = entry.value.entries else { return .fails }
            for key in keys {
                let values: [String] = switch key.value {
                case .string(let one): [one]
                case .list(let many): many.compactMap(\.stringValue)
                default: []
                }
                let known = request.knownKeyPrefixes.contains { Self.hasPrefixIgnoringCase(key.key, $0) }
                let actual = request.context.first { Self.equalIgnoringCase($0.key, key.key) }?.value
                guard known || actual != nil else { unknown.append(key.key); continue }
                guard let holds = Self.test(entry.key, actual, values) else { unknown.append("\(entry.key) \(key.key)"); continue }
                if !holds { return .fails }
            }
        }
        return unknown.isEmpty ? .holds : .unknown(unknown)
    }

    /// One operator on one key; nil for an operator this evaluator does not know.
    static func test(_ op: String, _ actual: String?, _ values: [String]) -> Bool? {
        switch op {
        case "StringEquals", "ArnEquals": return actual.map(values.contains) ?? false
        case "StringEqualsIgnoreCase": return actual.map { a in values.contains { $0.lowercased() == a.lowercased() } } ?? false
        case "StringNotEquals", "ArnNotEquals": return actual.map { !values.contains($0) } ?? true
        case "StringLike", "ArnLike":
            return actual.map { a in values.contains { glob($0, matches: a, ignoringCase: false) } } ?? false
        case "StringNotLike", "ArnNotLike":
            return actual.map { a in !values.contains { glob($0, matches: a, ignoringCase: false) } } ?? true
        default: return nil
        }
    }

    /// `a.lowercased() == b.lowercased()`, without making either when both are ASCII (every
    /// condition key ekssc writes): then lowercasing is per byte.
    static func equalIgnoringCase(_ a: String, _ b: String) -> Bool {
        let answer = onBytes(a, b) { x, y -> Bool? in
            guard isPlainASCII(x), isPlainASCII(y) else { return nil }
            return x.count == y.count && asciiEqual(x, y, from: 0, count: x.count, folding: true)
        }
        return answer ?? (a.lowercased() == b.lowercased())
    }

    /// `text.lowercased().hasPrefix(prefix.lowercased())`, likewise. Bytes are characters only
    /// without a carriage return (`\r\n` is one character), so texts with one take the general way.
    static func hasPrefixIgnoringCase(_ text: String, _ prefix: String) -> Bool {
        let answer = onBytes(text, prefix) { t, p -> Bool? in
            guard isPlainASCII(t), isPlainASCII(p) else { return nil }
            return t.count >= p.count && asciiEqual(t, p, from: 0, count: p.count, folding: true)
        }
        return answer ?? text.lowercased().hasPrefix(prefix.lowercased())
    }

    /// `text.lowercased().hasSuffix(suffix)` (`suffix` as given), likewise.
    static func lowercased(_ text: String, hasSuffix suffix: String) -> Bool {
        let answer = onBytes(text, suffix) { t, s -> Bool? in
            guard isPlainASCII(t), isPlainASCII(s) else { return nil }
            guard t.count >= s.count else { return false }
            let offset = t.count - s.count
            for index in 0..<s.count where lowercaseASCII(t[offset + index]) != s[index] { return false }
            return true
        }
        return answer ?? text.lowercased().hasSuffix(suffix)
    }

    /// `body` on the UTF-8 of both texts, in place.
    private static func onBytes(_ a: String, _ b: String,
                                _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Bool?) -> Bool? {
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in body(x, y) } }
    }

    /// ASCII without carriage returns: each byte is a character, lowercased on its own.
    private static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 || byte == 0x0D { return false }
        return true
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 { return false }
        return true
    }

    private static func lowercaseASCII(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// Whether `count` bytes of `a` from `start` equal the first `count` of `b` (lowercased
    /// when `folding`).
    private static func asciiEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, from start: Int,
                                   count: Int, folding: Bool) -> Bool {
        for index in 0..<count {
            let (x, y) = (a[start + index], b[index])
            guard x == y || (folding && lowercaseASCII(x) == lowercaseASCII(y)) else { return false }
        }
        return true
    }

    /// `*` matches any run of characters (also none), `?` exactly one.
    static func glob(_ pattern: String, matches text: String, ignoringCase: Bool) -> Bool {
        // On the bytes in place: without `*` or `?` a pattern matches exactly the text with the
        // same scalars, that is the same UTF-8; with them and ASCII on both sides, bytes are
        // scalars. Lowercasing ASCII (`ignoringCase`) is per byte.
        let inPlace = onBytes(pattern, text) { p, t -> Bool? in
            if ignoringCase { guard isASCII(p), isASCII(t) else { return nil } }
            guard p.contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") }) else {
                return p.count == t.count && asciiEqual(p, t, from: 0, count: p.count, folding: ignoringCase)
            }
            guard ignoringCase || (isASCII(p) && isASCII(t)) else { return nil }
            return bytesMatch(p, t, folding: ignoringCase)
        }
        if let inPlace { return inPlace }
        if ignoringCase { return glob(pattern.lowercased(), matches: text.lowercased(), ignoringCase: false) }
        guard pattern.utf8.contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") }) else {
            return pattern.unicodeScalars.elementsEqual(text.unicodeScalars)
        }
        return wildcardMatch(Array(pattern.unicodeScalars), Array(text.unicodeScalars), star: "*", one: "?")
    }

    /// `wildcardMatch` on ASCII bytes, lowercased when `folding`.
    private static func bytesMatch(_ p: UnsafeBufferPointer<UInt8>, _ t: UnsafeBufferPointer<UInt8>, folding: Bool) -> Bool {
        if !folding { return wildcardMatch(p, t, star: UInt8(ascii: "*"), one: UInt8(ascii: "?")) }
        return wildcardMatch(p.map(lowercaseASCII), t.map(lowercaseASCII), star: UInt8(ascii: "*"), one: UInt8(ascii: "?"))
    }

    /// The matcher of `glob` over any elements: `star` any run, `one` exactly one element.
    private static func wildcardMatch<C: RandomAccessCollection>(_ p: C, _ t: C, star: C.Element, one: C.Element) -> Bool
        where C.Element: Equatable, C.Index == Int {
        var pi = p.startIndex, ti = t.startIndex, starAt = -1, mark = 0
        while ti < t.endIndex {
            if pi < p.endIndex, p[pi] == one || p[pi] == t[ti] {
                pi += 1; ti += 1
            } else if pi < p.endIndex, p[pi] == star {
                starAt = pi; mark = ti; pi += 1
            } else if starAt >= 0 {
                pi = starAt + 1; mark += 1; ti = mark
            } else {
                return false
            }
        }
        while pi < p.endIndex, p[pi] == star { pi += 1 }
        return pi == p.endIndex
    }
}
