import ArgumentParser

/// `ekssc build` (placeholder until the emitters land).
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Not implemented yet.")

    func run() throws {
        throw ExitCode(2)
    }
}
