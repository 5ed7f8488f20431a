import ArgumentParser
import EKSSC
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `ekssc` command: a thin shell over the EKSSC library. It owns stdout, stderr, colour and
/// exit codes; the library only returns values and diagnostics.
@main
struct EKSSCCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ekssc",
        abstract: "A declarative security-config compiler for Amazon EKS.",
        version: EKSSCVersion.current,
        subcommands: [CheckCommand.self, BuildCommand.self, VerifyCommand.self, GraphCommand.self, DiffCommand.self, FormatCommand.self]
    )

    /// Runs the command; usage errors exit with 2 (not ArgumentParser's 64), like I/O errors.
    static func main() {
        do {
            // The common `build` and `check` lines without ArgumentParser's reflection; the rest
            // (and every usage error) parsed by ArgumentParser.
            var command = try CommonInvocation.command(for: Array(CommandLine.arguments.dropFirst())) ?? parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            terminate(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                terminate(0)
            }
            Terminal.standardError.write(message + "\n")
            // ArgumentParser suggests for some misspelt options itself; add ours where it did not.
            if !message.lowercased().contains("did you mean"),
               let hint = UsageHint.hint(for: Array(CommandLine.arguments.dropFirst()), root: EKSSCCommand.self) {
                Terminal.standardError.write(hint + "\n")
            }
            terminate(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

/// Ends the process with `status`. A free function: inside a `ParsableCommand`, `exit` names
/// ArgumentParser's `exit(withError:)`, and naming the C module (Glibc) would tie the CLI to Linux.
private func terminate(_ status: Int32) -> Never {
    exit(status)
}
