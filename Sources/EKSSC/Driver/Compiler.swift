/// The library's front door: source in, model or build artifacts and diagnostics out.
/// Nothing here prints, exits or touches the file system.
public enum Compiler {
    /// Lexes, parses and analyses a source file.
    public static func check(_ file: SourceFile) -> FrontEndResult {
        fatalError("Compiler.check is wired up once the parser and analyzer land")
    }

    /// The front end, then every pass. `artifacts` is nil when any error was found.
    public static func build(_ file: SourceFile) -> BuildResult {
        fatalError("Compiler.build is wired up once the passes land")
    }
}

/// The outcome of the front end.
public struct FrontEndResult: Sendable {
    /// Nil when there are errors.
    public var model: SecurityModel?
    public var diagnostics: [Diagnostic]

    public init(model: SecurityModel?, diagnostics: [Diagnostic]) {
        self.model = model
        self.diagnostics = diagnostics
    }
}

/// The outcome of a build.
public struct BuildResult: Sendable {
    /// Nil when there are errors.
    public var artifacts: BuildArtifacts?
    public var diagnostics: [Diagnostic]

    public init(artifacts: BuildArtifacts?, diagnostics: [Diagnostic]) {
        self.artifacts = artifacts
        self.diagnostics = diagnostics
    }
}
