import Foundation
import Testing

/// Every Swift block of the library's documentation (the DocC article, README's "As a library",
/// docs/library.md) is an excerpt of `examples/build-step`, which CI builds and tests: so the
/// documented code compiles and runs. Lines are compared without their indentation, so an
/// excerpt from inside a function may be shown flush left.
@Suite struct DocumentationCodeTests {
    static let documents = ["Sources/EKSSC/EKSSC.docc/GettingStarted.md", "README.md", "docs/library.md"]

    /// The Swift code blocks of a Markdown text.
    static func swiftBlocks(in markdown: String) -> [[String]] {
        var blocks: [[String]] = []
        var current: [String]?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if current == nil, line.trimmingCharacters(in: .whitespaces) == "```swift" {
                current = []
            } else if current != nil, line.trimmingCharacters(in: .whitespaces) == "```" {
                blocks.append(current!)
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    /// The lines without indentation and without blank lines: what an excerpt must match.
    static func normalized(_ lines: [String]) -> [String] {
        lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Every Swift file of the build-step package, normalised.
    static func packageFiles() throws -> [String: [String]] {
        let root = Repository.url("examples/build-step")
        var files: [String: [String]] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            if url.lastPathComponent == ".build" { enumerator?.skipDescendants(); continue }
            guard url.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            files[url.path.replacingOccurrences(of: root.path + "/", with: "")] =
                normalized(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
        return files
    }

    /// Whether `excerpt` stands in `lines` as one contiguous run.
    static func contains(_ lines: [String], _ excerpt: [String]) -> Bool {
        guard !excerpt.isEmpty, excerpt.count <= lines.count else { return false }
        return (0...(lines.count - excerpt.count)).contains { Array(lines[$0..<($0 + excerpt.count)]) == excerpt }
    }

    @Test(arguments: documents)
    func everySwiftBlockIsAnExcerptOfTheBuildStepPackage(_ document: String) throws {
        let markdown = try String(contentsOf: Repository.url(document), encoding: .utf8)
        let blocks = Self.swiftBlocks(in: markdown)
        #expect(!blocks.isEmpty, "\(document) shows no Swift code")
        let files = try Self.packageFiles()
        #expect(files.keys.contains("Sources/SecurityConfigStep/SecurityConfigStep.swift"))
        for block in blocks {
            let excerpt = Self.normalized(block)
            #expect(files.values.contains { Self.contains($0, excerpt) },
                    "a Swift block of \(document) is not in examples/build-step:\n\(block.joined(separator: "\n"))")
        }
    }

    @Test func theArticleShowsTheWholeStepAndItsExecutable() throws {
        let article = try String(contentsOf: Repository.url(Self.documents[0]), encoding: .utf8)
        let blocks = Self.swiftBlocks(in: article).map(Self.normalized)
        let files = try Self.packageFiles()
        for path in ["Sources/SecurityConfigStep/SecurityConfigStep.swift", "Sources/generate-security-config/main.swift"] {
            #expect(blocks.contains(try #require(files[path])), "the article shows \(path) whole")
        }
    }

    @Test func aChangedLineIsNoExcerpt() {
        let lines = ["let a = 1", "let b = 2", "print(a + b)"]
        #expect(Self.contains(lines, ["let b = 2", "print(a + b)"]))
        #expect(!Self.contains(lines, ["let b = 3", "print(a + b)"]))
        #expect(!Self.contains(lines, []))
    }
}
