import Testing
@testable import EKSSC

/// `CompileOptions.retainsLoweredArtifacts`: off (what `ekssc build` does) frees the lowered
/// objects after rendering without changing a byte of the output.
@Suite struct RetainedArtifactsTests {
    @Test(arguments: CompileOptions.Layout.allCases)
    func theFilesAreTheSameWithoutTheArtifacts(_ layout: CompileOptions.Layout) throws {
        let source = try Examples.source("platform")
        let kept = Compiler.compile(source, options: CompileOptions(layout: layout))
        let released = Compiler.compile(source, options: CompileOptions(layout: layout, retainsLoweredArtifacts: false))
        let keptFiles = try #require(kept.files)
        #expect(released.files == keptFiles)
        #expect(released.verification?.passed == true)
        #expect(kept.artifacts != nil)
        #expect(released.artifacts == nil)
    }

    @Test func diffNeedsTheArtifacts() throws {
        let compilation = Compiler.compile(try Examples.source("guide"),
                                           options: CompileOptions(lint: nil, verify: false, retainsLoweredArtifacts: false))
        #expect(compilation.files != nil)
        let error = #expect(throws: DiffError.self) { try compilation.diff(kubernetes: nil, iam: nil) }
        #expect(error.map { "\($0)" }?.contains("retainsLoweredArtifacts") == true)
    }
}
