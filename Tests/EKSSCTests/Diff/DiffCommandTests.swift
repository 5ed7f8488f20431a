import Foundation
import Testing
@testable import EKSSC

/// `ekssc diff` as a user runs it: exit codes, stdout, stderr.
@Suite(.enabled(if: Executables.ekssc != nil, "the ekssc binary is not built (run `swift build` first)"))
struct DiffCommandTests {
    static let fixtures = DriftFixtureTests.folder.path
    static let guide = ExampleEndToEndTests.examples.appendingPathComponent("guide.sec").path

    static func run(_ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment)
        throws -> ExternalCommand.Output {
        try ExternalCommand(executable: "/bin/sh", arguments: ["-c", "exec \"$0\" \"$@\"", Executables.ekssc ?? "ekssc"]
                                + ["diff"] + arguments, environment: environment).run()
    }

    static func stdout(_ output: ExternalCommand.Output) -> String {
        String(decoding: output.standardOutput, as: UTF8.self)
    }

    @Test func faithfulCopiesExitZero() throws {
        let output = try Self.run([Self.guide, "--live", "\(Self.fixtures)/guide-live.json",
                                   "--iam-live", "\(Self.fixtures)/iam-live"])
        #expect(output.status == 0)
        #expect(Self.stdout(output) == "no drift: objects 16 unchanged; IAM roles 2 unchanged\n")
        // The security rules (system:masters in the guide) run in check and build, not in diff.
        #expect(output.standardError.isEmpty)
    }

    @Test(arguments: [
        "drift-changed-port", "drift-removed-flow", "drift-extra-subject", "drift-aws-auth-entry",
        "drift-storageclass-parameter", "drift-deleted-object", "drift-orphan",
    ])
    func everyDriftFixtureExitsOneWithItsReport(fixture: String) throws {
        let output = try Self.run([Self.guide, "--live", "\(Self.fixtures)/\(fixture).json"])
        #expect(output.status == 1)
        #expect(Self.stdout(output) == (try String(contentsOfFile: "\(Self.fixtures)/\(fixture).expected", encoding: .utf8)))
    }

    @Test func iamDriftFromSavedOutput() throws {
        let output = try Self.run([Self.guide, "--iam-live", "\(Self.fixtures)/iam-live-drift"])
        #expect(output.status == 1)
        let text = Self.stdout(output)
        #expect(text.hasPrefix("~ IAM role my-app-role: changed\n--- live trust-policy\n+++ desired trust-policy\n"))
        #expect(text.contains("~ IAM role my-cluster-default-external-secrets-sa: changed\n--- live inline-policy\n"))
        #expect(text.contains("-      - secretsmanager:*\n+      - secretsmanager:DescribeSecret\n+      - secretsmanager:GetSecretValue\n"))
        #expect(text.contains("! IRSA will fail for default/my-service-account: the trust policy allows sub "
                              + "'system:serviceaccount:default:default', expected 'system:serviceaccount:default:my-service-account'\n"))
        #expect(text.hasSuffix("drift: IAM roles 2 changed, 1 IRSA failure\n"))
    }

    @Test func liveFromStandardInputAndJSONOutput() throws {
        let json = try ExternalCommand(executable: "/bin/sh", arguments: [
            "-c", "\"$0\" diff \"$1\" --live - --output json < \"$2\"", Executables.ekssc ?? "ekssc", Self.guide,
            "\(Self.fixtures)/guide-live-stream.yaml",
        ], environment: ProcessInfo.processInfo.environment).run()
        #expect(json.status == 0)
        let report = try YAMLReader.read(json.standardOutput).first
        #expect(report?["drift"] == .bool(false))
        #expect(report?["summary"] == .string("no drift: objects 16 unchanged"))
        #expect(report?["objects"]?.listValue?.count == 16)
    }

    @Test func kubectlStandInOnPath() throws {
        let folder = try KubectlSourceTests.standIn(KubectlSourceTests.recordingScript)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try Self.run([Self.guide, "--kubectl", "--context", "prod"],
                                  environment: KubectlSourceTests.environment(with: folder))
        #expect(output.status == 0)
        #expect(Self.stdout(output) == "no drift: objects 16 unchanged\n")
    }

    @Test(arguments: [
        (["--live", "/nonexistent/live.json"], "ekssc: error: cannot read '/nonexistent/live.json': no such file\n"),
        (["--iam-live", "/nonexistent"], "ekssc: error: cannot read IAM state from '/nonexistent': not a directory\n"),
        (["--kubectl", "--kubectl-path", "/bin/false"], "ekssc: error: '/bin/false get namespaces,serviceaccounts,"
            + "roles.rbac.authorization.k8s.io,clusterroles.rbac.authorization.k8s.io,rolebindings.rbac.authorization.k8s.io,"
            + "clusterrolebindings.rbac.authorization.k8s.io,networkpolicies.networking.k8s.io,storageclasses.storage.k8s.io,"
            + "externalsecrets.external-secrets.io,secretstores.external-secrets.io,"
            + "securitygrouppolicies.vpcresources.k8s.aws -A -o json' failed with status 1\n"),
        (["--aws", "--aws-path", "/nonexistent/aws"], "ekssc: error: cannot run '/nonexistent/aws': not found or not executable\n"),
    ])
    func errorsExitTwoWithAMessage(arguments: [String], message: String) throws {
        let output = try Self.run([Self.guide] + arguments)
        #expect(output.status == 2)
        #expect(output.standardOutput.isEmpty)
        #expect(output.standardError.hasSuffix(message))
    }

    @Test func unreadableLiveInputIsAnError() throws {
        let output = try Self.run([Self.guide, "--live", Self.guide])
        #expect(output.status == 2)
        #expect(output.standardError.hasSuffix(
            "ekssc: error: cannot read live objects from '\(Self.guide)': 15:3: did not find expected <document start>\n"))
    }

    @Test(arguments: [
        ([String](), "Error: nothing to compare with: give --live or --kubectl, and/or --iam-live or --aws"),
        (["--live", "x", "--kubectl"], "Error: give either --live or --kubectl, not both"),
        (["--iam-live", "x", "--aws"], "Error: give either --iam-live or --aws, not both"),
        (["--live", "x", "--context", "prod"], "Error: --context needs --kubectl"),
    ])
    func usageErrorsExitTwo(arguments: [String], message: String) throws {
        let output = try Self.run([Self.guide] + arguments)
        #expect(output.status == 2)
        #expect(output.standardError.hasPrefix(message + "\n"))
    }

    @Test func sourceErrorsAreRenderedAndExitTwo() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ekssc-diff-\(UUID().uuidString).sec")
        try "cluster {\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let output = try Self.run([file.path, "--live", "\(Self.fixtures)/guide-live.json"])
        #expect(output.status == 2)
        #expect(output.standardError.contains("\(file.path):1:"))
        #expect(output.standardError.hasSuffix("ekssc: error: cannot compare: '\(file.path)' has errors\n"))
    }
}
