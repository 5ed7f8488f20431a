import Foundation
import Testing
@testable import EKSSC

/// Every example compiles without errors and produces exactly the tree checked in under
/// `examples/expected/<name>/`. `EKSSC_UPDATE_FIXTURES=1 swift test` rewrites the trees.
@Suite struct ExampleGoldenTests {
    /// The per-object layout's tree under `expected/<name>/`, the grouped one's under
    /// `expected-grouped/<name>/`.
    @Test(arguments: Examples.all, OutputLayout.Kind.allCases)
    func exampleMatchesGoldenTree(_ example: String, _ layout: OutputLayout.Kind) throws {
        let files = try Examples.build(example, layout: layout)
        let folder = layout == .perObject ? "expected" : "expected-grouped"
        let golden = Examples.root.appendingPathComponent("\(folder)/\(example)")
        if ProcessInfo.processInfo.environment["EKSSC_UPDATE_FIXTURES"] == "1" {
            try? FileManager.default.removeItem(at: golden)
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try OutputWriter(force: true).write(files, to: golden.path)
        }
        let onDisk = try Examples.tree(at: golden)
        #expect(onDisk.keys.sorted() == files.map(\.path), "file list of \(example)")
        for file in files {
            #expect(onDisk[file.path] == file.contents, "\(example): \(file.path)")
        }
        // The marker lists every file with its digest, so the golden tree is one ekssc adopts.
        let marker = try String(contentsOf: golden.appendingPathComponent(OutputWriter.markerName), encoding: .utf8)
        #expect(marker == OutputMarker.contents(for: files), "\(example): \(OutputWriter.markerName)")
        #expect(OutputWriter.foreignness(of: golden.path) == nil)
    }

    /// A split example (`examples/<name>/`: a platform file and per-team files) builds exactly
    /// the golden tree of `examples/<name>.sec`.
    @Test(arguments: Examples.all.filter { Examples.hasFolder($0) }, OutputLayout.Kind.allCases)
    func splitExampleMatchesGoldenTree(_ example: String, _ layout: OutputLayout.Kind) throws {
        let sources = try Examples.folderSources(example)
        let result = Compiler.build(SourceSet(sources))
        let artifacts = try #require(result.artifacts, "\(DiagnosticRenderer().render(result.diagnostics, in: result.sources))")
        let files = try OutputLayout.files(for: artifacts, layout: layout)
        let golden = try Examples.tree(at: Examples.root.appendingPathComponent(
            "\(layout == .perObject ? "expected" : "expected-grouped")/\(example)"))
        #expect(golden.keys.sorted() == files.map(\.path))
        for file in files where golden[file.path] != file.contents {
            Issue.record("examples/\(example)/ differs from examples/\(example).sec in \(file.path)")
        }
    }

    @Test(arguments: Examples.all)
    func exampleChecksWithoutErrors(_ example: String) throws {
        let source = try Examples.source(example)
        let result = Compiler.check(source)
        #expect(!result.diagnostics.hasErrors, "\(DiagnosticRenderer().render(result.diagnostics, in: source))")
        #expect(result.model != nil)
    }
}

/// The examples folder and helpers to compile its files.
enum Examples {
    static let root = Repository.examples

    static var all: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { $0.hasSuffix(".sec") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// Whether `examples/<name>/` holds the example split into several files.
    static func hasFolder(_ name: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    static func source(_ name: String) throws -> SourceFile {
        let data = try Data(contentsOf: root.appendingPathComponent("\(name).sec"))
        return SourceFile(path: "examples/\(name).sec", bytes: [UInt8](data))
    }

    static func build(_ name: String, layout: OutputLayout.Kind = .perObject) throws -> [OutputFile] {
        try build(source(name), layout: layout)
    }

    static func build(_ source: SourceFile, layout: OutputLayout.Kind = .perObject) throws -> [OutputFile] {
        let result = Compiler.build(source)
        guard let artifacts = result.artifacts else {
            Issue.record("\(source.path) does not build:\n\(DiagnosticRenderer().render(result.diagnostics, in: source))")
            return []
        }
        return try OutputLayout.files(for: artifacts, layout: layout)
    }

    /// Every regular file below `directory`, by relative path (hidden files skipped).
    static func tree(at directory: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else { return [:] }
        while let relative = enumerator.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isDirectory: ObjCBool = false
            let full = directory.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = try String(contentsOfFile: full, encoding: .utf8)
            }
        }
        return result
    }
}
