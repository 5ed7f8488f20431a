import Foundation
@testable import EKSSC

/// Helpers shared by the syntax tests.
enum SyntaxTestSupport {
    /// The repository root, found from this file's path.
    static let repositoryRoot = Repository.root

    static let fixtures = repositoryRoot.appendingPathComponent("Tests/EKSSCTests/Fixtures")

    /// Parses `text` as `test.sec`.
    static func parse(_ text: String) -> (ParseResult, SourceFile) {
        let file = SourceFile(path: "test.sec", text: text)
        return (Parser.parse(file), file)
    }

    /// Each diagnostic as `line:column: message`, in display order.
    static func summaries(_ text: String) -> [String] {
        let (result, file) = parse(text)
        return summaries(result.diagnostics, in: file)
    }

    static func summaries(_ diagnostics: [Diagnostic], in file: SourceFile) -> [String] {
        diagnostics.sortedForDisplay().map { "\(file.location(of: $0.range.start)): \($0.message)" }
    }

    /// The source text a range covers.
    static func text(_ range: SourceRange, in file: SourceFile) -> String {
        String(decoding: file.bytes[range.start..<range.end], as: UTF8.self)
    }
}

/// A test failure with a message, for `guard` in throwing tests.
struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
