import ArgumentParser
import EKSSC
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `ekssc diff FILE`: what applying the build would change in the cluster and in IAM, and what
/// someone changed by hand. Exit 0 no drift, 1 drift, 2 error (like `kubectl diff`).
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare a .sec file's output with the live cluster and live IAM.",
        discussion: """
            Kubernetes state comes from --live (kubectl get ... -o json|yaml output, '-' for stdin) \
            or --kubectl; IAM state from --iam-live (a folder of aws CLI output) or --aws. \
            Exit status: 0 no drift, 1 drift, 2 error.
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Argument(help: ArgumentHelp("The .sec files, and directories of .sec files (searched recursively), compiled together.", valueName: "file-or-dir"))
    var files: [String]

    @Option(name: .customLong("live"), help: ArgumentHelp("Live objects: kubectl get output (JSON or YAML), '-' for stdin.", valueName: "file"))
    var liveFile: String?

    @Flag(help: "Run kubectl to read the live objects.")
    var kubectl = false

    @Option(help: ArgumentHelp("The kubeconfig context for --kubectl.", valueName: "name"))
    var context: String?

    @Option(name: .customLong("kubectl-path"), help: ArgumentHelp("The kubectl program.", valueName: "path"))
    var kubectlPath = "kubectl"

    @Option(name: .customLong("iam-live"), help: ArgumentHelp("A folder of saved aws iam output, one subfolder per role.", valueName: "dir"))
    var iamLiveDirectory: String?

    @Flag(help: "Run the aws CLI to read the live IAM roles (honours AWS_ENDPOINT_URL).")
    var aws = false

    @Option(name: .customLong("aws-path"), help: ArgumentHelp("The aws program.", valueName: "path"))
    var awsPath = "aws"

    @Option(help: "text or json.")
    var output: OutputFormat = .text

    func validate() throws {
        if liveFile != nil && kubectl { throw ValidationError("give either --live or --kubectl, not both") }
        if iamLiveDirectory != nil && aws { throw ValidationError("give either --iam-live or --aws, not both") }
        if liveFile == nil && !kubectl && iamLiveDirectory == nil && !aws {
            throw ValidationError("nothing to compare with: give --live or --kubectl, and/or --iam-live or --aws")
        }
        if context != nil && !kubectl { throw ValidationError("--context needs --kubectl") }
    }

    func run() throws {
        let sources = try SourceFileLoader.load(files)
        // Drift, not review: the security rules run in check and build.
        let compilation = Compiler.compile(sources, options: CompileOptions(lint: nil, verify: false))
        Terminal.standardError.report(compilation)
        guard compilation.files != nil else {
            Terminal.standardError.fail(compilation.failure.map { "\($0)" } ?? "cannot compare: \(files.count == 1 ? "'\(files[0])' has" : "the sources have") errors")
            throw ExitCode(2)
        }
        let report: DriftReport
        do throws(DiffError) {
            report = try compilation.diff(kubernetes: try liveKubernetes(), iam: liveIAM)
        } catch {
            Terminal.standardError.fail(error.message)
            throw ExitCode(2)
        }
        switch output {
        case .text: Terminal.standardOutput.write(report.text)
        case .json: Terminal.standardOutput.write(report.json)
        }
        if report.hasDrift { throw ExitCode(1) }
    }

    private var environment: [String: String] { ProcessInfo.processInfo.environment }

    private func liveKubernetes() throws(DiffError) -> LiveKubernetesState? {
        if kubectl { return .kubectl(executable: kubectlPath, context: context, environment: environment) }
        guard let liveFile else { return nil }
        return .objects(bytes: try readBytes(liveFile), source: liveFile)
    }

    private var liveIAM: LiveIAMState? {
        if aws { return .awsCLI(executable: awsPath, environment: environment) }
        return iamLiveDirectory.map { .directory($0) }
    }

    private func readBytes(_ path: String) throws(DiffError) -> [UInt8] {
        if path == "-" {
            do { return try InputFile.readStandardInput() } catch { throw DiffError(error.description) }
        }
        do {
            return try InputFile.read(path)
        } catch {
            throw DiffError(error.description)
        }
    }
}
