import ArgumentParser
import EKSSC

/// `ekssc build FILE -o DIR`: compile and write the output tree atomically, or with `--check`
/// compare it with what is on disk (exit 1 when stale).
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Compile a .sec file into Kubernetes manifests, IAM policies and AWS CLI inputs."
    )

    @Argument(help: "The .sec file to compile.")
    var file: String

    @Option(name: [.short, .customLong("output")], help: "The output directory (replaced as a whole).")
    var output: String

    @Flag(help: "Replace an output directory that ekssc did not create.")
    var force = false

    @Flag(help: "Write nothing; exit 1 and list the files that differ when the output is stale.")
    var check = false

    func run() throws {
        let source = try SourceFileLoader.load(file)
        let result = Compiler.build(source)
        Terminal.standardError.report(result.diagnostics, in: source)
        guard let artifacts = result.artifacts else { throw ExitCode(1) }

        let files: [OutputFile]
        do {
            files = try OutputLayout.files(for: artifacts)
        } catch {
            Terminal.standardError.fail("\(error)")
            throw ExitCode(2)
        }

        // The same proof as `ekssc verify`: nothing is written that allows other than declared.
        if let model = result.model {
            do {
                let report = try Verifier.verify(model: model, files: files)
                if !report.passed {
                    Terminal.standardError.write(report.text(in: source, matrix: false))
                    Terminal.standardError.write("nothing written: the emitted policies differ from the declarations\n")
                    throw ExitCode(1)
                }
            } catch let error as VerifyError {
                Terminal.standardError.fail("\(error)")
                throw ExitCode(2)
            }
        }

        if check {
            let stale = OutputWriter().staleFiles(files, in: output)
            guard !stale.isEmpty else { return }
            for file in stale { Terminal.standardOutput.write("\(file)\n") }
            Terminal.standardError.write("\(output) is stale: \(stale.count) file\(stale.count == 1 ? "" : "s") differ; run 'ekssc build \(self.file) -o \(output)'\n")
            throw ExitCode(1)
        }

        do {
            try OutputWriter(force: force).write(files, to: output)
        } catch {
            Terminal.standardError.fail("\(error)")
            throw ExitCode(2)
        }
    }
}
