import Foundation
import Testing
@testable import EKSSC

/// The no-op rebuild fast path: `CompileOptions.existingOutput` naming a tree that already holds
/// the build skips the passes, and nothing else does.
@Suite struct UpToDateCompileTests {
    private func built(_ source: SourceFile, layout: CompileOptions.Layout = .grouped) throws -> (URL, String) {
        let directory = try CLIRunner.temporaryDirectory()
        let out = directory.appendingPathComponent("out").path
        let first = Compiler.compile(source, options: CompileOptions(layout: layout, existingOutput: out))
        #expect(!first.isUpToDate)
        try first.write(to: out)
        return (directory, out)
    }

    @Test func theSameInputsOverAnIntactTreeAreUpToDate() throws {
        let source = try Examples.source("guide")
        let (directory, out) = try built(source)
        defer { try? FileManager.default.removeItem(at: directory) }
        let marker = try String(contentsOfFile: out + "/.ekssc-output", encoding: .utf8)
        #expect(marker.split(separator: "\n")[2].hasPrefix("# inputs "))
        let again = Compiler.compile(source, options: CompileOptions(layout: .grouped, existingOutput: out))
        #expect(again.isUpToDate)
        #expect(again.files == nil && again.verification == nil && again.failure == nil)
        #expect(again.model != nil)
        #expect(again.staleFiles(in: out).isEmpty)
        try again.write(to: out)
        #expect(try String(contentsOfFile: out + "/.ekssc-output", encoding: .utf8) == marker)
        // Written elsewhere, an up-to-date compilation has nothing to write.
        #expect(throws: CompilationError.nothingToWrite) { try again.write(to: directory.path + "/elsewhere") }
    }

    @Test func anotherLayoutSourceOrVersionOfTheTreeIsNotUpToDate() throws {
        let source = try Examples.source("guide")
        let (directory, out) = try built(source)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(!Compiler.compile(source, options: CompileOptions(layout: .perObject, existingOutput: out)).isUpToDate)
        let edited = SourceFile(path: source.path, bytes: source.bytes + Array("# a comment\n".utf8))
        #expect(!Compiler.compile(edited, options: CompileOptions(layout: .grouped, existingOutput: out)).isUpToDate)
        let renamed = SourceFile(path: source.path + ".copy", bytes: source.bytes)
        #expect(!Compiler.compile(renamed, options: CompileOptions(layout: .grouped, existingOutput: out)).isUpToDate)
        #expect(!Compiler.compile(source, options: CompileOptions(layout: .grouped, existingOutput: out + "-missing")).isUpToDate)
    }

    @Test func aHandEditedTreeIsNotUpToDateEvenWithItsMarkerRehashed() throws {
        let source = try Examples.source("guide")
        let (directory, out) = try built(source)
        defer { try? FileManager.default.removeItem(at: directory) }
        let options = CompileOptions(layout: .grouped, existingOutput: out)
        try "edited\n".write(toFile: out + "/README.md", atomically: false, encoding: .utf8)
        #expect(!Compiler.compile(source, options: options).isUpToDate)
        // The marker's list re-hashed by hand to match, its inputs line kept: the inputs line is
        // bound to the list, so the tree no longer claims to be this build.
        let markerPath = out + "/.ekssc-output"
        var lines = try String(contentsOfFile: markerPath, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let readme = try #require(lines.firstIndex { $0.hasSuffix("  README.md") })
        lines[readme] = Substring(SHA256.hexDigest("edited\n") + "  README.md")
        try lines.joined(separator: "\n").write(toFile: markerPath, atomically: false, encoding: .utf8)
        #expect(OutputMarker.foreignness(of: out) == nil)
        #expect(!Compiler.compile(source, options: options).isUpToDate)
        // A full build then puts the real README back.
        try Compiler.compile(source, options: options).write(to: out)
        #expect(Compiler.compile(source, options: options).isUpToDate)
    }

    @Test func newInputsWithTheSameFilesRewriteOnlyTheMarker() throws {
        let source = try Examples.source("guide")
        let (directory, out) = try built(source)
        defer { try? FileManager.default.removeItem(at: directory) }
        let readme = try FileManager.default.attributesOfItem(atPath: out + "/README.md")
        let edited = SourceFile(path: source.path, bytes: source.bytes + Array("# a comment\n".utf8))
        let options = CompileOptions(layout: .grouped, existingOutput: out)
        let compilation = Compiler.compile(edited, options: options)
        #expect(!compilation.isUpToDate)
        #expect(compilation.staleFiles(in: out).isEmpty)
        try compilation.write(to: out)
        let after = try FileManager.default.attributesOfItem(atPath: out + "/README.md")
        #expect(after[.systemFileNumber] as? Int == readme[.systemFileNumber] as? Int)
        #expect(after[.modificationDate] as? Date == readme[.modificationDate] as? Date)
        #expect(Compiler.compile(edited, options: options).isUpToDate)
        #expect(!Compiler.compile(source, options: options).isUpToDate)
        // No marker copy was left beside the tree.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out"])
    }

    @Test func theInputDigestIgnoresFileOrderButNotContentsOrOptions() {
        let a = SourceFile(path: "a.sec", text: "namespace a {}\n")
        let b = SourceFile(path: "b.sec", text: "namespace b {}\n")
        let options = CompileOptions(layout: .grouped)
        #expect(InputDigest.of([a, b], options: options) == InputDigest.of([b, a], options: options))
        #expect(InputDigest.of([a, b], options: options) != InputDigest.of([a], options: options))
        #expect(InputDigest.of([a], options: options) != InputDigest.of([a], options: CompileOptions(layout: .perObject)))
        #expect(InputDigest.of([a], options: options)
            != InputDigest.of([SourceFile(path: "a.sec", text: "namespace a { }\n")], options: options))
    }
}
