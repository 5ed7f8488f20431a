import Foundation
import Testing
@testable import EKSSC

/// `Compiler.compile` and `Compilation`: the one path the CLI and library users share.
@Suite struct CompilerFrontDoorTests {
    @Test func compileGivesTheFilesTheBuildWrites() throws {
        let source = try Examples.source("guide")
        let compilation = Compiler.compile(source)
        let files = try #require(compilation.files)
        #expect(files == (try Examples.build(source)))
        #expect(compilation.failure == nil)
        #expect(compilation.verification?.passed == true)
        #expect(compilation.model != nil)
        #expect(compilation.renderDiagnostics(.text(colored: false)) == "")
    }

    @Test func errorsLeaveNoFilesAndRenderAsText() {
        let source = SourceFile(path: "bad.sec", text: "cluster c {\n  regoin \"x\"\n}\n")
        let compilation = Compiler.compile(source)
        #expect(compilation.files == nil)
        #expect(compilation.hasErrors)
        #expect(compilation.fails(at: .error))
        let text = compilation.renderDiagnostics(.text(colored: false))
        #expect(text.hasPrefix("bad.sec:2:3: error: "))
        #expect(text.hasSuffix(" generated\n"))
        #expect(throws: CompilationError.nothingToWrite) {
            try compilation.write(to: "/nonexistent/never-written")
        }
    }

    @Test func sarifNamesTheURI() {
        let source = SourceFile(path: "/abs/bad.sec", text: "cluster c {\n}\n")
        let sarif = Compiler.compile(source).renderDiagnostics(.sarif(uri: "bad.sec"))
        #expect(sarif.contains("\"uri\": \"bad.sec\""))
        #expect(sarif.contains("\"version\": \"2.1.0\""))
    }

    @Test func writeThenStalenessCheck() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("ekssc-front-door-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let compilation = Compiler.compile(try Examples.source("guide"))
        let files = try #require(compilation.files)
        // Every file is missing, and so is the marker that says ekssc wrote the folder.
        #expect(compilation.staleFiles(in: directory.path).count == files.count + 1)
        try compilation.write(to: directory.path)
        #expect(compilation.staleFiles(in: directory.path).isEmpty)
        #expect(Compiler.foreignness(of: directory.path) == nil)
        let written = try String(contentsOf: directory.appendingPathComponent(files[0].path), encoding: .utf8)
        #expect(written == files[0].contents)
    }

    @Test func checkHasAModelAndNoFiles() throws {
        let compilation = Compiler.check(try Examples.source("guide"), options: CompileOptions())
        #expect(compilation.files == nil)
        #expect(compilation.model != nil)
        #expect(compilation.graph(.dot)?.hasPrefix("digraph") == true)
        #expect(compilation.graph(.mermaid)?.hasPrefix("flowchart") == true)
        #expect(compilation.verificationReport(.text) == nil)
    }

    @Test func verificationReportAsJSON() throws {
        let compilation = Compiler.compile(try Examples.source("platform"))
        let json = try #require(compilation.verificationReport(.json))
        #expect(json.contains("\"passed\": true"))
    }

    @Test func withoutVerificationThereIsNoReport() throws {
        let compilation = Compiler.compile(try Examples.source("guide"), options: CompileOptions(verify: false))
        #expect(compilation.files != nil)
        #expect(compilation.verification == nil)
    }

    @Test func diffAgainstNothingLiveReportsEveryObjectMissing() throws {
        let compilation = Compiler.compile(try Examples.source("guide"), options: CompileOptions(lint: nil, verify: false))
        let report = try compilation.diff(kubernetes: .objects(bytes: Array("{\"kind\": \"List\", \"items\": []}".utf8), source: "live.json"), iam: nil)
        #expect(report.hasDrift)
        #expect(report.json.hasPrefix("{"))
    }

    @Test func diffWithoutFilesIsAnError() {
        let compilation = Compiler.compile(SourceFile(path: "bad.sec", text: "cluster c {\n}\n"))
        #expect(throws: DiffError.self) { try compilation.diff(kubernetes: nil, iam: nil) }
    }
}
