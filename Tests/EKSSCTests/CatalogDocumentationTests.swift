import Foundation
import Testing
@testable import EKSSC

/// Every case of every diagnostic catalog has a `///` line right above it (for the syntax and
/// semantic catalogs: the message's shape), so the catalog documents every id it holds.
@Suite struct CatalogDocumentationTests {
    /// Each catalog's source file and its ids.
    static let catalogs: [(file: String, ids: [String])] = [
        ("Sources/EKSSC/Syntax/SyntaxDiagnostic.swift", SyntaxDiagnostic.allCases.map(\.rawValue)),
        ("Sources/EKSSC/Semantics/SemanticDiagnostic.swift", SemanticDiagnostic.allCases.map(\.rawValue)),
        ("Sources/EKSSC/Checks/IAMDiagnostic.swift", IAMDiagnostic.allCases.map(\.rawValue)),
        ("Sources/EKSSC/Checks/KubernetesDiagnostic.swift", KubernetesDiagnostic.allCases.map(\.rawValue)),
    ]

    /// The raw value of every `case name = "raw"` line of `text`, with whether a `///` line is
    /// right above it.
    static func cases(in text: String) -> [(id: String, documented: Bool)] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        var found: [(id: String, documented: Bool)] = []
        for (index, line) in lines.enumerated() where line.hasPrefix("case ") && line.contains(" = \"") {
            let raw = line.split(separator: "\"")[1]
            found.append((String(raw), index > 0 && lines[index - 1].hasPrefix("/// ")))
        }
        return found
    }

    @Test(arguments: catalogs.map(\.file))
    func everyCaseHasADocLine(_ file: String) throws {
        let text = try String(contentsOf: Repository.url(file), encoding: .utf8)
        let cases = Self.cases(in: text)
        let ids = try #require(Self.catalogs.first { $0.file == file }).ids
        #expect(cases.map(\.id) == ids, "the cases read from \(file) are the catalog's")
        #expect(cases.filter { !$0.documented }.map(\.id) == [], "cases of \(file) without a /// line")
    }

    @Test func aCaseWithoutADocLineIsFound() {
        let text = """
            enum Example {
                /// `shape`
                case documented = "documented"
                case bare = "bare"
            }
            """
        #expect(Self.cases(in: text).map(\.id) == ["documented", "bare"])
        #expect(Self.cases(in: text).map(\.documented) == [true, false])
    }
}
