import ArgumentParser
import EKSSC

/// `ekssc graph FILE --format dot|mermaid`: tiers, flows and identities as a picture.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print tiers, flows and identities (ServiceAccount -> role -> secrets) as Graphviz dot or Mermaid."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case dot, mermaid }

    @Argument(help: ArgumentHelp("The .sec files, and directories of .sec files (searched recursively), compiled together.", valueName: "file-or-dir"))
    var files: [String]

    @Option(help: "dot (default) or mermaid.")
    var format: Format = .dot

    func run() throws {
        let sources = try SourceFileLoader.load(files)
        let compilation = Compiler.check(sources, options: CompileOptions())
        Terminal.standardError.report(compilation)
        guard let graph = compilation.graph(format == .dot ? .dot : .mermaid) else { throw ExitCode(1) }
        Terminal.standardOutput.write(graph)
    }
}
