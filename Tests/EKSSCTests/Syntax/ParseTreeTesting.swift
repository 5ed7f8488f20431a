import Testing
@testable import EKSSC

/// Helpers of the parse-tree suites: parse text that must be clean, and read values and ranges.
protocol ParseTreeTesting {}

extension ParseTreeTesting {
    /// Parses `text`, requiring no diagnostics, and returns the declarations and the file.
    func parse(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> ([Declaration], SourceFile) {
        let (result, file) = SyntaxTestSupport.parse(text)
        #expect(result.diagnostics.isEmpty, sourceLocation: sourceLocation)
        return (result.syntax.declarations, file)
    }

    /// The source text a range covers.
    func text(_ range: SourceRange, _ file: SourceFile) -> String {
        SyntaxTestSupport.text(range, in: file)
    }

    func values(_ names: [Name]) -> [String] { names.map(\.value) }
}
