import ArgumentParser
import EKSSC

/// `ekssc check FILE`: the front end only. Exit 0 without errors (warnings allowed), 1 with
/// errors, 2 for usage or I/O errors.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a .sec file and print its diagnostics."
    )

    @Argument(help: "The .sec file to check.")
    var file: String

    func run() throws {
        let source = try SourceFileLoader.load(file)
        let result = Compiler.check(source)
        Terminal.standardError.report(result.diagnostics, in: source)
        if result.diagnostics.hasErrors { throw ExitCode(1) }
    }
}
