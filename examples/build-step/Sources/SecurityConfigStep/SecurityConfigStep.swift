import EKSSC

/// The build step: compile one `.sec` file and replace a folder with its output, through the
/// EKSSC library's front door alone (`Compiler.compile`, `Compilation.write`).
public enum SecurityConfigStep {
    /// What one run did: the diagnostics as text (empty when there are none) and the files
    /// written, relative to the output folder; `written` is empty when the step failed.
    public struct Outcome: Sendable {
        public var diagnostics: String
        public var written: [String]
        public var failure: String?

        public var succeeded: Bool { failure == nil }
    }

    /// Reads `sourcePath`, compiles it (lint rules at their defaults, verification on) and, when
    /// no error remains, writes the output tree to `outputDirectory`.
    public static func run(sourcePath: String, outputDirectory: String) -> Outcome {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(sourcePath)
        } catch {
            return Outcome(diagnostics: "", written: [], failure: error.description)
        }
        let compilation = Compiler.compile(SourceFile(path: sourcePath, bytes: bytes))
        let diagnostics = compilation.renderDiagnostics(.text(colored: false))
        guard let files = compilation.files else {
            let reason = compilation.failure.map { "\($0)" } ?? "\(sourcePath) has errors"
            return Outcome(diagnostics: diagnostics, written: [], failure: reason)
        }
        do {
            try compilation.write(to: outputDirectory)
        } catch {
            return Outcome(diagnostics: diagnostics, written: [], failure: error.description)
        }
        return Outcome(diagnostics: diagnostics, written: files.map(\.path), failure: nil)
    }

    /// Whether `outputDirectory` already holds exactly what `sourcePath` compiles to; nil when
    /// the source does not compile.
    public static func isUpToDate(sourcePath: String, outputDirectory: String) -> Bool? {
        guard let bytes = try? InputFile.read(sourcePath) else { return nil }
        let compilation = Compiler.compile(SourceFile(path: sourcePath, bytes: bytes))
        guard compilation.files != nil else { return nil }
        return compilation.staleFiles(in: outputDirectory).isEmpty
    }
}
