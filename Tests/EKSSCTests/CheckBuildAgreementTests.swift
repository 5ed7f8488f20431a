import Foundation
import Testing
@testable import EKSSC

/// `ekssc check` rejects exactly what `ekssc build` rejects: for every diagnostic fixture and for
/// mutants of every example, `Compiler.check` (what `check` runs) reports an error if and only if
/// the build fails (`Compiler.build`, then `OutputLayout.files`, then a file name the file system
/// would refuse), and both report the same diagnostics.
@Suite struct CheckBuildAgreementTests {
    /// Why building `source` the way `ekssc build` does fails, or nil when it would write files.
    static func buildFailure(_ source: SourceSet) -> String? {
        let result = Compiler.build(source)
        guard let artifacts = result.artifacts else {
            return result.diagnostics.first(where: \.isError)?.message ?? "no artifacts"
        }
        let files: [OutputFile]
        do {
            files = try OutputLayout.files(for: artifacts)
        } catch {
            return "layout: \(error)"
        }
        for file in files {
            if let long = file.path.split(separator: "/").first(where: { $0.utf8.count > OutputTreePass.maximumComponentBytes }) {
                return "file name of \(long.utf8.count) bytes in \(file.path.prefix(60))"
            }
        }
        return nil
    }

    static func expectAgreement(_ source: SourceFile, _ label: String) {
        expectAgreement(SourceSet(single: source), label)
    }

    static func expectAgreement(_ source: SourceSet, _ label: String) {
        let check = Compiler.check(source)
        let build = Compiler.build(source)
        let failure = buildFailure(source)
        #expect(check.diagnostics.hasErrors == (failure != nil),
                "\(label): check \(check.diagnostics.hasErrors ? "fails" : "passes"), build: \(failure ?? "succeeds")")
        // The passes report nothing of their own: check prints exactly what build prints.
        #expect(check.diagnostics == build.diagnostics, "\(label)")
    }

    @Test(arguments: DiagnosticFixtureTests.catalogIDs)
    func fixtureAgrees(_ id: String) throws {
        Self.expectAgreement(SourceSet(try DiagnosticFixtureTests.sources(of: id)), id)
    }

    /// The robustness mutations, plus one that repeats a line many times (eleven `managed` lines,
    /// a thousand `allow` lines, twenty apps of one name...), which is what reaches the limits.
    @Test(arguments: Examples.all)
    func mutantsAgree(_ example: String) throws {
        let text = String(decoding: try Examples.source(example).bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var generator = SplitMix64(seed: 7)
        var failed = 0
        for round in 0..<120 {
            var mutant = CompilerRobustnessTests.mutate(lines, using: &generator)
            if Bool.random(using: &generator) {
                let j = Int.random(in: 0..<mutant.count, using: &generator)
                let copies = Int.random(in: 2...400, using: &generator)
                mutant.insert(contentsOf: repeatElement(mutant[j], count: copies), at: j)
            }
            let source = SourceFile(path: "mutant-\(round).sec", text: mutant.joined(separator: "\n"))
            Self.expectAgreement(source, "\(example) round \(round)")
            if Compiler.check(source).diagnostics.hasErrors { failed += 1 }
        }
        #expect(failed > 5 && failed < 120, "failed \(failed) of 120: both outcomes occur")
    }

    /// Files that check accepted before model checks existed and build refused.
    @Test(arguments: ["iam.too-many-managed-policies", "iam.inline-policy-too-large", "iam.conflicting-role",
                      "semantics.output-name-too-long"])
    func checkRejectsWhatBuildRejects(_ id: String) throws {
        let source = SourceFile(path: "\(id).sec", bytes: try DiagnosticFixtureTests.bytes(of: id))
        #expect(Compiler.check(source).diagnostics.contains { $0.id == id && $0.isError })
        #expect(Compiler.check(source).model == nil)
    }
}
