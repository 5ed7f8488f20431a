import ArgumentParser
import EKSSC

/// `ekssc check FILE`: the front end and the lint rules. Exit 0 when no diagnostic reaches
/// `--fail-on` (default: error), 1 when one does, 2 for usage or I/O errors.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a .sec file and print its diagnostics and security findings."
    )

    @Argument(help: "The .sec file to check.")
    var file: String

    @OptionGroup var lint: LintOptions

    func run() throws {
        let configuration = try lint.configuration()
        let threshold = try lint.threshold()
        let source = try SourceFileLoader.load(file)
        let compilation = Compiler.check(source, options: CompileOptions(lint: configuration))
        lint.report(compilation)
        if compilation.fails(at: threshold) { throw ExitCode(1) }
    }
}
