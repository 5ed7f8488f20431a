import Foundation
import Testing
@testable import EKSSC

/// Several files are one program: names resolve across them, each diagnostic names its own file,
/// and the output depends neither on the order of the files nor on how the declarations are
/// split over them.
@Suite struct MultiFileTests {
    /// Every declaration of `source` in a file of its own (its waivers are inside it and go with
    /// it; comments between declarations are dropped: they change nothing).
    static func splitByDeclaration(_ source: SourceFile) -> [SourceFile] {
        let parsed = Parser.parse(source)
        return parsed.syntax.declarations.enumerated().map { index, declaration in
            SourceFile(path: "split/decl-\(index).sec", text: source.text(of: declaration.range) + "\n")
        }
    }

    static func files(_ sources: [SourceFile], layout: OutputLayout.Kind) throws -> [OutputFile] {
        let result = Compiler.build(SourceSet(sources))
        let artifacts = try #require(result.artifacts,
                                     "\(DiagnosticRenderer().render(result.diagnostics, in: result.sources))")
        return try OutputLayout.files(for: artifacts, layout: layout)
    }

    /// What a run reports, without positions (which differ with the split): id, severity, message.
    static func findings(_ sources: [SourceFile]) -> [String] {
        Compiler.check(SourceSet(sources)).diagnostics.map { "\($0.id) \($0.severity) \($0.ruleID ?? "") \($0.message)" }.sorted()
    }

    @Test(arguments: Examples.all, OutputLayout.Kind.allCases)
    func splitAndShuffledBuildsTheSameBytes(_ example: String, _ layout: OutputLayout.Kind) throws {
        let source = try Examples.source(example)
        let whole = try Self.files([source], layout: layout)
        let parts = Self.splitByDeclaration(source)
        #expect(parts.count > 10)
        for seed in [1, 2, 3] as [UInt64] {
            var generator = SplitMix64(seed: seed)
            let shuffled = parts.shuffled(using: &generator)
            let split = try Self.files(shuffled, layout: layout)
            #expect(split.map(\.path) == whole.map(\.path), "\(example) seed \(seed)")
            for (a, b) in zip(split, whole) where a.contents != b.contents {
                Issue.record("\(example) seed \(seed): \(a.path) differs when split")
            }
            // Waivers still apply to their declaration: the same findings, the same levels.
            #expect(Self.findings(shuffled) == Self.findings([source]), "\(example) seed \(seed)")
        }
    }

    /// examples/platform/ (a platform file and one file per team, with owners) is
    /// examples/platform.sec split by hand: it builds exactly the golden tree of platform.sec.
    @Test(arguments: OutputLayout.Kind.allCases)
    func platformFolderBuildsLikePlatformFile(_ layout: OutputLayout.Kind) throws {
        let folder = try Examples.folderSources("platform")
        #expect(folder.count >= 3)
        #expect(try Self.files(folder, layout: layout).map(\.contents)
                == Self.files([try Examples.source("platform")], layout: layout).map(\.contents))
        #expect(try Self.files(folder.reversed(), layout: layout).map(\.contents)
                == Self.files(folder, layout: layout).map(\.contents))
    }

    static let cluster = """
        cluster demo {
          account "123456789012"
          region  "us-west-2"
          oidc    "https://oidc.eks.us-west-2.amazonaws.com/id/ABC123"
        }
        namespace shop

        """

    @Test func namesResolveAcrossFilesAndOffsetsAreGlobal() throws {
        let a = SourceFile(path: "a.sec", text: Self.cluster + "tier web in shop\n")
        let b = SourceFile(path: "b.sec", text: "flow cidr \"10.0.0.0/16\" -> web on tcp/443\n")
        let set = SourceSet([a, b])
        #expect(set.files[0].baseOffset == 0)
        #expect(set.files[1].baseOffset == a.bytes.count + 1)
        #expect(set.position(of: set.files[1].baseOffset + 5) == "b.sec:1:6")
        #expect(set.position(of: a.bytes.count) == "a.sec:\(a.location(of: a.bytes.count))")
        let result = Compiler.build(set, lint: nil)
        #expect(!result.diagnostics.hasErrors, "\(DiagnosticRenderer().render(result.diagnostics, in: set))")
        // The tokens of the second file carry global ranges.
        let parsed = Parser.parse(set.files[1])
        #expect(parsed.syntax.declarations.first?.range.start == set.files[1].baseOffset)
    }

    @Test func duplicatesAcrossFilesNoteTheOtherFile() {
        let a = SourceFile(path: "platform.sec", text: Self.cluster + "tier web in shop\n")
        let b = SourceFile(path: "teams/shop.sec", text: "\n\ntier web in shop\n")
        let set = SourceSet([a, b])
        let rendered = DiagnosticRenderer().render(Compiler.build(set, lint: nil).diagnostics, in: set)
        #expect(rendered.contains("""
            teams/shop.sec:3:6: error: duplicate tier 'shop/web'
            tier web in shop
                 ^~~
            platform.sec:7:6: note: first declared here
            tier web in shop
                 ^~~
            """))
    }

    @Test func oneClusterInTheWholeSet() {
        let a = SourceFile(path: "a.sec", text: Self.cluster)
        let b = SourceFile(path: "b.sec", text: Self.cluster.replacingOccurrences(of: "namespace shop", with: ""))
        let set = SourceSet([a, b])
        let duplicate = Compiler.build(set, lint: nil).diagnostics.filter { $0.id == SemanticDiagnostic.duplicateCluster.id }
        #expect(duplicate.count == 1)
        #expect(set.file(containing: duplicate[0].range.start)?.path == "b.sec")
        #expect(set.file(containing: duplicate[0].notes[0].range.start)?.path == "a.sec")
        let none = SourceSet([SourceFile(path: "x.sec", text: "namespace shop\n"), SourceFile(path: "y.sec", text: "")])
        #expect(Compiler.build(none, lint: nil).diagnostics.contains { $0.id == SemanticDiagnostic.missingCluster.id })
    }

    /// Garbage in one file: located errors in that file, the others still read, no crash.
    @Test func garbageInOneFileIsLocatedThere() {
        var generator = SplitMix64(seed: 11)
        let garbage = (0..<4_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let set = SourceSet([SourceFile(path: "good.sec", text: Self.cluster),
                             SourceFile(path: "bad.sec", bytes: garbage),
                             SourceFile(path: "empty.sec", bytes: [])])
        let result = Compiler.build(set)
        #expect(result.diagnostics.hasErrors)
        #expect(result.diagnostics.allSatisfy { set.file(containing: $0.range.start)?.path == "bad.sec" })
        #expect(!DiagnosticRenderer().render(result.diagnostics, in: set).isEmpty)
    }

    /// No source at all (a library caller's empty list): an error, rendered without a file.
    @Test func noSourcesIsAnErrorNotACrash() {
        let compilation = Compiler.compile([SourceFile]())
        #expect(compilation.hasErrors && compilation.files == nil)
        #expect(compilation.renderDiagnostics(.text(colored: false)).contains("error: no 'cluster' declaration"))
    }

    /// Diagnostics come sorted by file order, then position, once, whatever stage found them.
    @Test func diagnosticsSortedByFileThenPosition() {
        let a = SourceFile(path: "a.sec", text: Self.cluster + "tier web in nowhere\n")
        let b = SourceFile(path: "b.sec", text: "tier api in elsewhere\nflow api -> web\n")
        let diagnostics = Compiler.check(SourceSet([b, a])).diagnostics
        #expect(diagnostics == diagnostics.sorted { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) })
        #expect(diagnostics.first.map { SourceSet([b, a]).file(containing: $0.range.start)?.path } == "b.sec")
    }
}

extension Examples {
    /// The `.sec` files below `examples/<name>/`, sorted by path (what `ekssc build <folder>` reads).
    static func folderSources(_ name: String) throws -> [SourceFile] {
        let folder = root.appendingPathComponent(name)
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var paths: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            if relative.hasSuffix(".sec") { paths.append(relative) }
        }
        return try paths.sorted().map {
            SourceFile(path: "examples/\(name)/\($0)", bytes: Array(try Data(contentsOf: folder.appendingPathComponent($0))))
        }
    }
}
