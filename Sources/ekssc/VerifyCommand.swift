import ArgumentParser
import EKSSC

/// `ekssc verify FILE`: build in memory, evaluate the emitted artifacts and compare them with
/// the declarations. Exit 0 when they match, 1 on any difference, 2 on errors.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Prove that the emitted NetworkPolicies allow exactly what a .sec file declares."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The .sec file to verify.")
    var file: String

    @Option(help: "text (default) or json.")
    var output: Format = .text

    func run() throws {
        let source = try SourceFileLoader.load(file)
        let result = Compiler.build(source)
        Terminal.standardError.report(result.diagnostics, in: source)
        guard let model = result.model, let artifacts = result.artifacts else { throw ExitCode(2) }
        let report: VerifyReport
        do {
            report = try Verifier.verify(model: model, files: try OutputLayout.files(for: artifacts))
        } catch {
            Terminal.standardError.fail("\(error)")
            throw ExitCode(2)
        }
        switch output {
        case .text: Terminal.standardOutput.write(report.text(in: source))
        case .json: Terminal.standardOutput.write(JSONEmitter.render(report.document(in: source)))
        }
        if !report.passed { throw ExitCode(1) }
    }
}
