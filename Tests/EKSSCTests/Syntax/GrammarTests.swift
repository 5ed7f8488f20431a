import Foundation
import Testing
@testable import EKSSC

/// Keeps `grammar/ekssc.ebnf` and the parser in step.
@Suite struct GrammarTests {
    /// The lexical rules, which the lexer (not the parser) implements.
    static let lexicalRules: Set<String> = [
        "word", "word-start", "word-char", "string", "string-char", "escape", "comment", "newline",
        "white-space", "letter", "digit",
    ]

    /// The names left of `=` in the grammar, comments removed.
    static func grammarRules() throws -> Set<String> {
        let url = SyntaxTestSupport.repositoryRoot.appendingPathComponent("grammar/ekssc.ebnf")
        var text = try String(contentsOf: url, encoding: .utf8)
        while let open = text.range(of: "(*"), let close = text.range(of: "*)", range: open.upperBound..<text.endIndex) {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        var rules: Set<String> = []
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let name = parts[0].trimmingCharacters(in: .whitespaces)
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "-" }) { rules.insert(name) }
        }
        return rules.subtracting(lexicalRules)
    }

    /// The grammar fixtures and any examples.
    static func sampleFiles() throws -> [URL] {
        let manager = FileManager.default
        var files: [URL] = []
        for folder in ["Tests/EKSSCTests/Fixtures/grammar", "examples", "examples/platform", "examples/platform/teams"] {
            let url = SyntaxTestSupport.repositoryRoot.appendingPathComponent(folder)
            guard let names = try? manager.contentsOfDirectory(atPath: url.path) else { continue }
            files += names.filter { $0.hasSuffix(".sec") }.sorted().map { url.appendingPathComponent($0) }
        }
        return files
    }

    @Test func grammarHasTheExpectedRules() throws {
        let rules = try Self.grammarRules()
        #expect(rules.count == GrammarRule.allCases.count)
        #expect(rules == Set(GrammarRule.allCases.map(\.rawValue)))
    }

    @Test func samplesParseWithoutErrors() throws {
        let files = try Self.sampleFiles()
        #expect(files.contains { $0.lastPathComponent == "all-productions.sec" })
        for url in files {
            let file = SourceFile(path: url.lastPathComponent, bytes: Array(try Data(contentsOf: url)))
            let result = Parser.parse(file)
            #expect(result.diagnostics.isEmpty, "\(DiagnosticRenderer().render(result.diagnostics, in: file))")
            #expect(!result.syntax.declarations.isEmpty, "\(url.lastPathComponent) has no declarations")
        }
    }

    @Test func samplesCoverEveryRuleAndNameNoOther() throws {
        let rules = try Self.grammarRules()
        var used: Set<String> = []
        for url in try Self.sampleFiles() {
            used.formUnion(Parser.parse(SourceFile(path: url.path, bytes: Array(try Data(contentsOf: url)))).rulesUsed)
        }
        #expect(rules.subtracting(used).sorted() == [], "rules no sample exercises")
        #expect(used.subtracting(rules).sorted() == [], "rules the parser names but the grammar lacks")
    }
}
