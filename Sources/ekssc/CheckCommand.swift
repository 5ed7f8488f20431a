import ArgumentParser
import EKSSC

/// `ekssc check FILE`: the front end and the lint rules. Exit 0 when no diagnostic reaches
/// `--fail-on` (default: error), 1 when one does, 2 for usage or I/O errors.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a .sec file and print its diagnostics and security findings."
    )

    @Argument(help: ArgumentHelp("The .sec files, and directories of .sec files (searched recursively), compiled together.", valueName: "file-or-dir"))
    var files: [String]

    @OptionGroup var lint: LintOptions

    func run() throws {
        let configuration = try lint.configuration()
        let threshold = try lint.threshold()
        let sources = try SourceFileLoader.load(files)
        let compilation = Compiler.check(sources, options: CompileOptions(lint: configuration))
        lint.report(compilation)
        if compilation.fails(at: threshold) { throw ExitCode(1) }
    }
}
