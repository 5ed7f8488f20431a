import ArgumentParser

/// The `ekssc` command: a thin shell over the EKSSC library.
@main
struct EKSSCCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ekssc",
        abstract: "A declarative security-config compiler for Amazon EKS.",
        subcommands: [CheckCommand.self, BuildCommand.self, DiffCommand.self]
    )
}
