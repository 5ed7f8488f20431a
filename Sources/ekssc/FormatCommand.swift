import ArgumentParser
import EKSSC

/// `ekssc fmt FILE|DIR…`: rewrites `.sec` files in the canonical layout, in place and atomically
/// (an unchanged file is not touched). `--check` changes nothing and lists the files that are
/// not formatted; `-` reads standard input and writes standard output. Exit 0 when all is well,
/// 1 when a file has syntax errors (it is left alone) or, with `--check`, is not formatted,
/// 2 for usage or I/O errors.
struct FormatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite .sec files in the canonical layout."
    )

    @Argument(help: "Files, or directories (their .sec files, recursively); '-' reads standard input and writes standard output.")
    var paths: [String]

    @Flag(help: "Change nothing; list the files that are not formatted and exit 1 if there are any.")
    var check = false

    func run() throws {
        // Directories expand as for every other command: their .sec files, sorted by path.
        let files = try SourceFileLoader.paths(paths)
        var refused = false
        var ioFailed = false
        var unformatted: [String] = []
        for path in files {
            let bytes: [UInt8]
            do {
                bytes = path == "-" ? try InputFile.readStandardInput() : try InputFile.read(path)
            } catch {
                Terminal.standardError.fail(error.description)
                ioFailed = true
                continue
            }
            let outcome = SourceFormatter.format(SourceFile(path: path == "-" ? "<stdin>" : path, bytes: bytes))
            guard let formatted = outcome.formatted else {
                Terminal.standardError.write(outcome.renderDiagnostics(colored: Terminal.standardError.wantsColor))
                refused = true
                continue
            }
            if check {
                if !outcome.isUnchanged { unformatted.append(path) }
            } else if path == "-" {
                Terminal.standardOutput.write(bytes: formatted)
            } else if !outcome.isUnchanged {
                do {
                    try SourceFormatter.replaceFile(path, with: formatted)
                } catch {
                    Terminal.standardError.fail(error.description)
                    ioFailed = true
                }
            }
        }
        for path in unformatted { Terminal.standardOutput.write(path + "\n") }
        if ioFailed { throw ExitCode(2) }
        if refused || !unformatted.isEmpty { throw ExitCode(1) }
    }
}
