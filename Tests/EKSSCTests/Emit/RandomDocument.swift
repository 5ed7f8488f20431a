@testable import EKSSC

/// Random documents for round-trip property tests, built from a seed so a failure reproduces.
///
/// Strings mix the quoting table's words with random text over an alphabet of YAML's awkward
/// characters (indicators, quotes, spaces, line breaks, controls, non-ASCII).
struct RandomDocument {
    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    static func make(seed: UInt64) -> Document {
        var generator = RandomDocument(seed: seed)
        return generator.document(depth: 0)
    }

    private static let alphabet: [String] = [
        "a", "b", "z", "A", "x", "e", "E", "o", "y", "n", "0", "1", "7", "9", ".", "_", "+", "-", ":", "#",
        " ", " ", "\n", "\t", "\r", "'", "\"", "\\", "{", "}", "[", "]", ",", "&", "*", "!", "|", ">",
        "%", "@", "`", "?", "~", "/", "=", "<", "é", "✓", "🙂", "\u{0}", "\u{7}", "\u{85}", "\u{2028}",
        "\u{FEFF}", "\u{A0}", "\u{7F}", "\u{9F}", "\u{2029}", "\u{FFFE}", "\u{FFFF}",
    ]

    private static let words = YAMLScalarQuotingTests.quoted + YAMLScalarQuotingTests.plain

    private mutating func next(_ bound: Int) -> Int {
        random.next(bound)
    }

    mutating func string() -> String {
        if next(3) == 0 {
            return Self.words[next(Self.words.count)]
        }
        return (0..<next(12)).map { _ in Self.alphabet[next(Self.alphabet.count)] }.joined()
    }

    mutating func document(depth: Int) -> Document {
        let choice = depth >= 4 ? next(5) : next(8)
        switch choice {
        case 0: return .null
        case 1: return .bool(next(2) == 0)
        case 2: return .int([0, -1, 42, Int.max, Int.min, next(100_000) - 50_000][next(6)])
        case 3, 4: return .string(string())
        case 5:
            return .list((0..<next(5)).map { _ in document(depth: depth + 1) })
        case 6:
            var seen: Set<String> = []
            var entries: [Document.Entry] = []
            for _ in 0..<next(5) {
                let key = string()
                if seen.insert(key).inserted {
                    entries.append(Document.Entry(key, document(depth: depth + 1)))
                }
            }
            return .map(entries)
        default:
            return .yamlText(document(depth: depth + 2))
        }
    }

    /// What a document reads back as: `.yamlText` becomes the string it is rendered to.
    static func readBackForm(_ document: Document) -> Document {
        switch document {
        case .yamlText(let inner):
            .string((try? YAMLEmitter.renderStream([inner], explicitStart: false)) ?? "")
        case .list(let items):
            .list(items.map(readBackForm))
        case .map(let entries):
            .map(entries.map { Document.Entry($0.key, readBackForm($0.value)) })
        default:
            document
        }
    }
}
