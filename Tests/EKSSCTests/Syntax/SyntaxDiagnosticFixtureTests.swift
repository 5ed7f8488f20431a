import Foundation
import Testing
@testable import EKSSC

/// One fixture per `SyntaxDiagnostic` case: `Fixtures/diagnostics/<id>.sec` must produce exactly
/// `<id>.expected` through `DiagnosticRenderer`, including a diagnostic with that id.
/// `EKSSC_UPDATE_FIXTURES=1` rewrites the `.expected` files.
@Suite struct SyntaxDiagnosticFixtureTests {
    static let folder = SyntaxTestSupport.fixtures.appendingPathComponent("diagnostics")

    /// The bytes of a fixture; `file-too-large` is padded to 20 MiB here rather than stored.
    static func bytes(of id: String) throws -> [UInt8] {
        var bytes = Array(try Data(contentsOf: folder.appendingPathComponent("\(id).sec")))
        if id == SyntaxDiagnostic.fileTooLarge.id {
            let line = Array(("#" + String(repeating: "-", count: 1023) + "\n").utf8)
            while bytes.count + line.count <= 20 * 1024 * 1024 { bytes += line }
            bytes += Array(repeating: UInt8(ascii: "#"), count: 20 * 1024 * 1024 - bytes.count)
        }
        return bytes
    }

    @Test(arguments: SyntaxDiagnostic.allCases)
    func fixture(_ entry: SyntaxDiagnostic) throws {
        let file = SourceFile(path: "\(entry.id).sec", bytes: try Self.bytes(of: entry.id))
        let diagnostics = Parser.parse(file).diagnostics
        let rendered = DiagnosticRenderer().render(diagnostics, in: file)
        let expectedURL = Self.folder.appendingPathComponent("\(entry.id).expected")
        if ProcessInfo.processInfo.environment["EKSSC_UPDATE_FIXTURES"] == "1" {
            try rendered.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(rendered == expected)
        #expect(diagnostics.contains { $0.id == entry.id })
    }
}
