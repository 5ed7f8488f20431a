import Foundation
@testable import EKSSC

/// Helpers shared by the semantic-analysis tests: parse and analyse source text.
enum SemanticsTestSupport {
    /// `Tests/EKSSCTests/Fixtures`, found from this file's path.
    static let fixtures = Repository.fixtures

    /// The front end on `text`: parser and analyzer diagnostics together.
    struct Run {
        var file: SourceFile
        var parseDiagnostics: [Diagnostic]
        var result: AnalysisResult

        var diagnostics: [Diagnostic] { (parseDiagnostics + result.diagnostics).sortedForDisplay() }

        /// Each diagnostic as `line:column: severity: message`, in display order.
        var summaries: [String] {
            diagnostics.map { "\(file.location(of: $0.range.start)): \($0.severity.rawValue): \($0.message)" }
        }

        var rendered: String { DiagnosticRenderer().render(diagnostics, in: file) }
    }

    static func run(_ text: String, path: String = "test.sec") -> Run {
        let file = SourceFile(path: path, text: text)
        let parsed = Parser.parse(file)
        return Run(file: file, parseDiagnostics: parsed.diagnostics, result: SemanticAnalyzer.analyze(parsed.syntax))
    }

    /// A valid cluster block and namespace `shop`, to put in front of a test's declarations.
    static let header = """
        cluster demo {
          account "123456789012"
          region  "us-west-2"
          oidc    "https://oidc.eks.us-west-2.amazonaws.com/id/ABC123"
        }
        namespace shop

        """
}
