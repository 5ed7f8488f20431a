import ArgumentParser
import EKSSC

/// `ekssc build FILE -o DIR`: compile and write the output tree atomically, or with `--check`
/// compare it with what is on disk (exit 1 when stale). With `--output sarif` the diagnostics go
/// to stdout as SARIF; with `--check` the stale files are then listed on stderr.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Compile a .sec file into Kubernetes manifests, IAM policies and AWS CLI inputs."
    )

    @Argument(help: ArgumentHelp("The .sec files, and directories of .sec files (searched recursively), compiled together.", valueName: "file-or-dir"))
    var files: [String]

    @Option(name: [.short, .customLong("output-dir")], help: "The output directory (replaced as a whole).")
    var output: String

    @Flag(help: "Replace an output directory that is not as ekssc wrote it (never the current directory or one that contains it).")
    var force = false

    @Flag(help: "Write nothing; exit 1 and list the files that differ when the output is stale.")
    var check = false

    @Option(help: "'grouped' (one multi-document YAML per namespace plus _cluster.yaml; IAM roles, access entries and Pod Identity associations as CloudFormation only) or 'per-object' (one file per object, plus one AWS CLI input per call: iam/<role>/, aws/access-entries/, ...).")
    var layout: CompileOptions.Layout = Self.defaultLayout

    /// `--layout` when it is not given (named for `CommonInvocation`).
    static let defaultLayout = CompileOptions.Layout.grouped

    @OptionGroup var lint: LintOptions

    func run() throws {
        let configuration = try lint.configuration()
        let threshold = try lint.threshold()
        let sources = try SourceFileLoader.load(files)
        // Compile, lay out and verify (the same proof as `ekssc verify`) in one library call.
        // With the output folder named, a tree that already holds this build (same inputs in its
        // marker, every file intact) is recognised before the passes run: nothing is redone.
        let compilation = Compiler.compile(sources, options: CompileOptions(lint: configuration, layout: layout,
                                                                             existingOutput: output, retainsLoweredArtifacts: false))
        lint.report(compilation)
        // Nothing is written when a diagnostic reaches --fail-on (an error always does).
        guard !compilation.hasErrors, !compilation.fails(at: threshold) else { throw ExitCode(1) }
        if let failure = compilation.failure {
            if failure == .policiesDifferFromDeclarations {
                Terminal.standardError.write(compilation.verificationReport(.text, matrix: false) ?? "")
                Terminal.standardError.write("\(failure)\n")
                throw ExitCode(1)
            }
            Terminal.standardError.fail("\(failure)")
            throw ExitCode(2)
        }

        if check {
            // Nothing built there yet: one line, not every file as missing.
            guard Compiler.hasOutputDirectory(at: output) else {
                Terminal.standardError.write("\(output) does not exist: nothing has been built there yet; run 'ekssc build \(files.joined(separator: " ")) -o \(output)'\n")
                throw ExitCode(1)
            }
            let stale = compilation.staleFiles(in: output)
            guard !stale.isEmpty else { return }
            let listing = lint.format == .sarif ? Terminal.standardError : Terminal.standardOutput
            for file in stale { listing.write("\(file)\n") }
            if !force, let reason = Compiler.foreignness(of: output) {
                Terminal.standardError.write("note: '\(output)' is \(reason): 'ekssc build' will refuse it without --force\n")
            }
            Terminal.standardError.write("\(output) is stale: \(stale.count) file\(stale.count == 1 ? "" : "s") differ; run 'ekssc build \(files.joined(separator: " ")) -o \(output)'\n")
            throw ExitCode(1)
        }

        do {
            try compilation.write(to: output, force: force)
        } catch {
            Terminal.standardError.fail("\(error)")
            throw ExitCode(2)
        }
    }
}

extension CompileOptions.Layout: ExpressibleByArgument {}
