import Foundation
@testable import EKSSC

/// Helpers of the `let` and template tests: the whole front end on source text.
enum ReuseTestSupport {
    static let header = """
        cluster demo {
          account "123456789012"
          region  "us-west-2"
          oidc    "https://oidc.eks.us-west-2.amazonaws.com/id/ABC123"
          aws-endpoints public
        }
        namespace shop
        tier web in shop
        tier api in shop
        flow cidr "10.0.0.0/8" -> web on tcp/443
        flow web -> api on tcp/8080

        """

    struct Run {
        var file: SourceFile
        var result: BuildResult

        /// `line:col: severity: message` for each diagnostic, then `  note line:col: message` for its notes.
        var summaries: [String] {
            result.diagnostics.flatMap { diagnostic in
                ["\(file.location(of: diagnostic.range.start)): \(diagnostic.severity.rawValue): \(diagnostic.message)"]
                    + diagnostic.notes.map { "  note \(file.location(of: $0.range.start)): \($0.message)" }
            }
        }

        /// The errors' messages only.
        var errors: [String] { result.diagnostics.filter(\.isError).map(\.message) }

        /// The text a diagnostic's range covers.
        func text(of diagnostic: Diagnostic) -> String {
            String(decoding: file.bytes[diagnostic.range.start..<diagnostic.range.end], as: UTF8.self)
        }

        var model: SecurityModel? { result.model }

        func app(_ name: String) -> App? { result.model?.apps.first { $0.name == name } }
    }

    /// The front end and lint rules (none when `lint` is false) on the header plus `text`.
    static func check(_ text: String, header: String = header, lint: Bool = false) -> Run {
        let file = SourceFile(path: "reuse.sec", text: header + text)
        return Run(file: file, result: Compiler.check(file, lint: lint ? LintConfiguration() : nil))
    }
}
