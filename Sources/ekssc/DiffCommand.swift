import ArgumentParser

/// `ekssc diff` (placeholder until it lands).
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "diff", abstract: "Not implemented yet.")

    func run() throws {
        throw ExitCode(2)
    }
}
