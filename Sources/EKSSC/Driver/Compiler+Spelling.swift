extension Compiler {
    /// The candidate `word` is most likely a misspelling of — the same rule (edit distance, at
    /// most a third of the word) as the compiler's own "did you mean" hints — or, failing that,
    /// the shortest candidate that `word` begins (`--out` → `--output`); nil when none is close.
    /// For tools built on the library, such as the CLI's subcommand and option hints.
    public static func closestSpelling(to word: String, among candidates: [String]) -> String? {
        if let close = Suggestion.closest(to: word, among: candidates) { return close }
        guard word.count >= 2 else { return nil }
        return candidates.filter { $0 != word && $0.hasPrefix(word) }.min { ($0.count, $0) < ($1.count, $1) }
    }
}
