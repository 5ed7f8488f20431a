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

    @Argument(help: "The .sec file.")
    var file: String

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
        let source = try SourceFileLoader.load(file)
        let result = Compiler.build(source, lint: nil)   // drift, not review: the security rules run in check and build
        Terminal.standardError.report(result.diagnostics, in: source)
        guard let artifacts = result.artifacts else {
            Terminal.standardError.fail("cannot compare: '\(file)' has errors")
            throw ExitCode(2)
        }
        let report: DriftReport
        do throws(DiffError) {
            report = DriftReport.compare(artifacts, liveObjects: try readLiveObjects(artifacts),
                                         liveRoles: try readLiveRoles(artifacts))
        } catch {
            Terminal.standardError.fail(error.message)
            throw ExitCode(2)
        }
        switch output {
        case .text: Terminal.standardOutput.write(report.text)
        case .json: Terminal.standardOutput.write(JSONEmitter.render(report.document))
        }
        if report.hasDrift { throw ExitCode(1) }
    }

    private var environment: [String: String] { ProcessInfo.processInfo.environment }

    private func readLiveObjects(_ artifacts: BuildArtifacts) throws(DiffError) -> [Document]? {
        if kubectl {
            return try KubectlSource(executable: kubectlPath, context: context, environment: environment)
                .read(forKinds: artifacts.manifests.map(\.kind))
        }
        guard let liveFile else { return nil }
        return try LiveObjectReader.read(try readBytes(liveFile), source: liveFile)
    }

    private func readLiveRoles(_ artifacts: BuildArtifacts) throws(DiffError) -> [String: LiveRole?]? {
        let names = artifacts.iamRoles.map(\.roleName)
        if aws { return try AWSCLISource(executable: awsPath, environment: environment).read(roleNames: names) }
        guard let iamLiveDirectory else { return nil }
        return try IAMLiveDirectory(path: iamLiveDirectory).read(roleNames: names)
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
