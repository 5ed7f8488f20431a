/// A string as written, split into literal text and `${name}` references, each reference with
/// the byte range it was written at.
///
/// Works on the decoded value of a string token and the token's range: a character that took an
/// escape (`\"`, `\\`, `\n`, `\t`) is two source bytes. A tab may have been written either way;
/// when the counts cannot tell, the references after the first tab are located at the whole token.
struct InterpolatedString: Sendable {
    enum Segment: Sendable {
        case literal(String)
        case reference(String, range: SourceRange)
    }

    /// `$` that is not `$$` or `${name}`.
    struct Malformed: Error, Sendable {
        var message: String
        var range: SourceRange
        var hint: String?
    }

    var segments: [Segment]

    /// Whether the text has any `$` at all: only those strings need parsing.
    static func mayInterpolate(_ text: String) -> Bool {
        text.utf8.contains(UInt8(ascii: "$"))
    }

    /// Parses `name.value` (the decoded text of the string token at `name.range`).
    static func parse(_ name: Name) -> Result<InterpolatedString, Malformed> {
        let scalars = Array(name.value.unicodeScalars)
        let offsets = SourceOffsets(scalars, token: name.range)
        var segments: [Segment] = []
        var literal = ""
        var index = 0
        func flush() {
            if !literal.isEmpty { segments.append(.literal(literal)) }
            literal = ""
        }
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "$" else {
                literal.unicodeScalars.append(scalar)
                index += 1
                continue
            }
            if index + 1 < scalars.count, scalars[index + 1] == "$" {
                literal.append("$")
                index += 2
                continue
            }
            guard index + 1 < scalars.count, scalars[index + 1] == "{" else {
                return .failure(Malformed(
                    message: "'$' starts a constant reference '${name}'", range: offsets.range(index, index + 1),
                    hint: "write '$$' for a literal '$'"))
            }
            guard let close = scalars[(index + 2)...].firstIndex(of: "}") else {
                return .failure(Malformed(
                    message: "'${' is not closed with '}'", range: offsets.range(index, scalars.count),
                    hint: "write '${name}', or '$${' for a literal '${'"))
            }
            var referenced = ""
            referenced.unicodeScalars.append(contentsOf: scalars[(index + 2)..<close])
            let range = offsets.range(index, close + 1)
            guard isConstantName(referenced) else {
                let hint = referenced.contains(":")
                    ? "an IAM policy variable is written '$${\(referenced)}'"
                    : "a constant name has letters, digits, '-' and '_'"
                return .failure(Malformed(message: "'${\(referenced)}' does not name a constant", range: range,
                                          hint: hint))
            }
            flush()
            segments.append(.reference(referenced, range: range))
            index = close + 1
        }
        flush()
        return .success(InterpolatedString(segments: segments))
    }

    /// A constant's name: a letter or `_`, then letters, digits, `-` and `_`.
    static func isConstantName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCII,
              first.properties.isAlphabetic || first == "_" else { return false }
        return text.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_")
        }
    }

    /// The references, in order.
    var references: [(name: String, range: SourceRange)] {
        segments.compactMap { if case .reference(let name, let range) = $0 { (name, range) } else { nil } }
    }

    /// The string is exactly one reference: its value is the constant's.
    var isSingleReference: Bool {
        segments.count == 1 && references.count == 1
    }
}

/// The source offset of each scalar of a decoded string token.
private struct SourceOffsets {
    /// `starts[i]` is the offset of scalar `i`; the last entry is the offset of the closing quote.
    private var starts: [Int]
    private let token: SourceRange

    init(_ scalars: [Unicode.Scalar], token: SourceRange) {
        self.token = token
        // Bytes beyond the decoded UTF-8: one per escape; tabs are the only ambiguous ones.
        let decodedBytes = scalars.reduce(0) { $0 + UTF8.width($1) }
        let certainEscapes = scalars.filter { $0 == "\"" || $0 == "\\" || $0 == "\n" }.count
        let tabs = scalars.filter { $0 == "\t" }.count
        let extra = token.length - 2 - decodedBytes - certainEscapes
        let tabWidth: Int? = extra == 0 ? 1 : (extra == tabs ? 2 : nil)
        var offset = token.start + 1
        var starts: [Int] = []
        starts.reserveCapacity(scalars.count + 1)
        var known = true
        for scalar in scalars {
            starts.append(known ? offset : -1)
            switch scalar {
            case "\"", "\\", "\n": offset += 2
            case "\t":
                if let tabWidth { offset += tabWidth } else { known = false }
            default: offset += UTF8.width(scalar)
            }
        }
        starts.append(known ? offset : -1)
        self.starts = starts
    }

    /// The range of scalars `from..<to`, or the whole token when their offsets are unknown.
    func range(_ from: Int, _ to: Int) -> SourceRange {
        let start = starts[from], end = starts[to]
        guard start >= 0, end >= start, end <= token.end else { return token }
        return SourceRange(start: start, end: end)
    }
}
