import Foundation
import Testing
@testable import EKSSC

/// Every diagnostic the compiler can emit has a fixture: for each case of each stage's catalog,
/// `Fixtures/diagnostics/<id>.sec` run through the whole compiler (`Compiler.build`) must render
/// exactly `<id>.expected` and contain a diagnostic with that id. A diagnostic about several
/// files has a folder `Fixtures/diagnostics/<id>/` instead of `<id>.sec`: its `.sec` files, in
/// path order, are compiled together (paths shown as `<id>/<file>.sec`).
/// `EKSSC_UPDATE_FIXTURES=1 swift test` rewrites the `.expected` files (read what it wrote).
@Suite struct DiagnosticFixtureTests {
    static let folder = Repository.fixtures.appendingPathComponent("diagnostics")

    /// Every catalog id of every stage.
    static let catalogIDs: [String] = SyntaxDiagnostic.allCases.map(\.id)
        + SemanticDiagnostic.allCases.map(\.id)
        + IAMDiagnostic.allCases.map(\.id)
        + KubernetesDiagnostic.allCases.map(\.id)
        + ReuseDiagnostic.allCases.map(\.id)

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

    /// The fixture's sources: `<id>.sec`, or the `.sec` files of the folder `<id>/`.
    static func sources(of id: String) throws -> [SourceFile] {
        let directory = folder.appendingPathComponent(id)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return [SourceFile(path: "\(id).sec", bytes: try bytes(of: id))]
        }
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".sec") }.sorted()
            .map { SourceFile(path: "\(id)/\($0)", bytes: Array(try Data(contentsOf: directory.appendingPathComponent($0)))) }
    }

    @Test(arguments: catalogIDs)
    func fixture(_ id: String) throws {
        let sources = SourceSet(try Self.sources(of: id))
        let result = Compiler.build(sources, lint: nil)
        let rendered = DiagnosticRenderer().render(result.diagnostics, in: sources)
        let expectedURL = Self.folder.appendingPathComponent("\(id).expected")
        if ProcessInfo.processInfo.environment["EKSSC_UPDATE_FIXTURES"] == "1" {
            try rendered.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(rendered == expected)
        #expect(result.diagnostics.contains { $0.id == id }, "\(id) is not among the diagnostics")
        #expect((result.artifacts == nil) == result.diagnostics.hasErrors)
    }

    @Test func everyFixtureBelongsToACatalogCase() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
        let stems = Set(files.map { name in
            name.hasSuffix(".sec") ? String(name.dropLast(4))
                : name.hasSuffix(".expected") ? String(name.dropLast(".expected".count)) : name
        })
        #expect(stems == Set(Self.catalogIDs))
        #expect(files.count == Self.catalogIDs.count * 2)
    }

    @Test func catalogIDsAreUnique() {
        #expect(Set(Self.catalogIDs).count == Self.catalogIDs.count)
    }
}
