/// The outcome of one `Compiler.compile` or `Compiler.check`: diagnostics, the files to write
/// (nil while any error remains), the lint report, the verification and the typed model.
/// A value: nothing has been printed or written when it is returned.
public struct Compilation: Sendable {
    /// The sources compiled, in the order given, each at its global offset (`baseOffset`).
    public var sources: [SourceFile] { sourceSet.files }
    /// The first source compiled (the only one, usually).
    public var source: SourceFile { sourceSet.files.first ?? SourceFile(path: "", bytes: []) }
    /// The sources as one set, for locating ranges.
    let sourceSet: SourceSet
    /// Every diagnostic, sorted for display (by file, then position); unwaived lint findings
    /// included.
    public let diagnostics: [Diagnostic]
    /// Every lint finding, waived ones included; nil when linting did not run.
    public let lint: LintReport?
    /// The typed model (nil after front-end errors), for `graph` and `diff`.
    public let model: SecurityModel?
    /// The output tree, relative paths and contents; nil when any error or `failure` remains,
    /// and always nil from `Compiler.check`.
    public let files: [OutputFile]?
    /// The proof that the files allow exactly what was declared; nil when it did not run.
    public let verification: VerifyReport?
    /// Why there are no files although no diagnostic is an error.
    public let failure: CompilationError?
    /// What the passes lowered the model to: what `diff` compares with the live state.
    let artifacts: BuildArtifacts?
    /// The `InputDigest` of the source and options, recorded in the output marker.
    let inputs: String?
    /// The folder (`CompileOptions.existingOutput`) found to hold this build already.
    let upToDateOutput: String?

    init(sources: SourceSet, diagnostics: [Diagnostic], lint: LintReport?, model: SecurityModel?,
         files: [OutputFile]?, verification: VerifyReport?, failure: CompilationError?, artifacts: BuildArtifacts?,
         inputs: String? = nil, upToDateOutput: String? = nil) {
        self.sourceSet = sources
        self.diagnostics = diagnostics
        self.lint = lint
        self.model = model
        self.files = files
        self.verification = verification
        self.failure = failure
        self.artifacts = artifacts
        self.inputs = inputs
        self.upToDateOutput = upToDateOutput
    }

    /// True when `CompileOptions.existingOutput` already holds exactly what this build writes:
    /// the passes did not run (`files` and `verification` are nil; the tree there was verified
    /// when it was written), `write(to:)` to that folder writes nothing and `staleFiles(in:)`
    /// there is empty.
    public var isUpToDate: Bool { upToDateOutput != nil }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.hasErrors }

    /// Whether any diagnostic is at `threshold` or worse (`--fail-on`).
    public func fails(at threshold: Severity) -> Bool {
        diagnostics.contains { $0.severity.isAtLeast(threshold) }
    }

    /// Replaces `directory` with the files, atomically. A directory that ekssc did not write is
    /// refused unless `force`; so is the current directory or one that contains it.
    public func write(to directory: String, force: Bool = false) throws(CompilationError) {
        if let upToDateOutput, upToDateOutput == directory {
            OutputWriter.removeLeftovers(besides: directory)
            return
        }
        guard let files else { throw failure ?? .nothingToWrite }
        do {
            try OutputWriter(force: force).write(files, to: directory, inputs: inputs)
        } catch {
            throw .write(error)
        }
    }

    /// The files under `directory` that differ from `files` (`ekssc build --check`): empty when
    /// it is up to date. Every file counts as stale when there are no files to compare.
    public func staleFiles(in directory: String) -> [StaleFile] {
        if let upToDateOutput, upToDateOutput == directory { return [] }
        return OutputWriter().staleFiles(files ?? [], in: directory)
    }
}

extension Compiler {
    /// Why `write(to:)` would refuse `directory` without `force` (not written by ekssc, or the
    /// current directory); nil when it would not.
    public static func foreignness(of directory: String) -> String? {
        OutputWriter.foreignness(of: directory)
    }

    /// Whether `directory` is a directory (a link is not followed): when it is not, every file
    /// of `staleFiles(in:)` is missing, and `build --check` says that once.
    public static func hasOutputDirectory(at directory: String) -> Bool {
        (try? OutputFileSystem.kind(of: directory)) == .directory
    }
}
