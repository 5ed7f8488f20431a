import ArgumentParser
import EKSSC

/// `ekssc verify FILE`: build in memory, evaluate the emitted artifacts and compare them with
/// the declarations. Exit 0 when they match, 1 on any difference, 2 on errors.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Prove that the emitted NetworkPolicies allow exactly what a .sec file declares."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, sarif }

    @Argument(help: ArgumentHelp("The .sec files, and directories of .sec files (searched recursively), compiled together.", valueName: "file-or-dir"))
    var files: [String]

    @Option(help: "text (default), json, or sarif (a SARIF 2.1.0 log of the diagnostics, findings and differences).")
    var output: Format = .text

    func run() throws {
        let sources = try SourceFileLoader.load(files)
        let compilation = Compiler.compile(sources)
        Terminal.standardError.report(compilation)
        guard !compilation.hasErrors, compilation.model != nil else { throw ExitCode(2) }
        if output == .sarif, compilation.verification != nil {
            Terminal.standardOutput.write(compilation.renderDiagnostics(.sarifFiles(uris: compilation.sources.map(\.path))))
            if compilation.failure != nil { throw ExitCode(1) }
            return
        }
        guard let text = compilation.verificationReport(output == .text ? .text : .json) else {
            Terminal.standardError.fail("\(compilation.failure ?? .nothingToWrite)")
            throw ExitCode(2)
        }
        Terminal.standardOutput.write(text)
        if compilation.failure != nil { throw ExitCode(1) }
    }
}
