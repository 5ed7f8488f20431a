import ArgumentParser

/// `ekssc check` (placeholder until it lands).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Not implemented yet.")

    func run() throws {
        throw ExitCode(2)
    }
}
