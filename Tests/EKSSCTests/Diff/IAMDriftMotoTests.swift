#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import EKSSC

/// Where the validators' virtualenv keeps moto and the aws CLI.
enum MotoTools {
    static let venv = "/tmp/ekssc-validators/venv/bin"
    static var present: Bool {
        FileManager.default.isExecutableFile(atPath: "\(venv)/moto_server")
            && FileManager.default.isExecutableFile(atPath: "\(venv)/aws")
    }
}

/// IAM drift against a real local IAM API (moto on 127.0.0.1), read through the aws CLI both
/// directly (`--aws`) and through the documented shell loop (`--iam-live DIR`).
@Suite(.enabled(if: MotoTools.present,
                "needs /tmp/ekssc-validators/venv (moto_server and the aws CLI); CI installs it"))
struct IAMDriftMotoTests {
    static let venv = MotoTools.venv
    static let aws = "\(venv)/aws"

    static let roles = [GuideArtifacts.appRole, GuideArtifacts.storeRole]

    /// A moto server on a free port, stopped when the value goes away.
    final class MotoServer {
        let pid: pid_t
        let endpoint: String
        let environment: [String: String]

        init() throws {
            let port = try Self.freePort()
            endpoint = "http://127.0.0.1:\(port)"
            var environment = ProcessInfo.processInfo.environment
            environment["AWS_ENDPOINT_URL"] = endpoint
            environment["AWS_ACCESS_KEY_ID"] = "testing"
            environment["AWS_SECRET_ACCESS_KEY"] = "testing"
            environment["AWS_DEFAULT_REGION"] = "us-east-1"
            environment["AWS_CONFIG_FILE"] = "/dev/null"
            environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null"
            self.environment = environment
            var serverEnvironment = environment
            // AWS managed policies (AmazonS3ReadOnlyAccess) exist only when moto loads them.
            serverEnvironment["MOTO_IAM_LOAD_MANAGED_POLICIES"] = "true"
            pid = try ExternalCommand(executable: "\(IAMDriftMotoTests.venv)/moto_server",
                                      arguments: ["-H", "127.0.0.1", "-p", String(port)], environment: serverEnvironment)
                .spawn(standardOutput: "/dev/null", standardError: "/dev/null")
            for _ in 0..<50 {
                if (try? awsIAM(["list-roles"]))?.succeeded == true { return }
                usleep(200_000)
            }
            stop()
            throw DiffError("moto_server did not start on \(endpoint)")
        }

        deinit { stop() }

        func stop() {
            kill(pid, SIGKILL)
            _ = ExternalCommand.wait(for: pid)
        }

        static func freePort() throws -> Int {
            let output = try ExternalCommand(executable: "\(IAMDriftMotoTests.venv)/python", arguments: [
                "-c", "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])",
            ], environment: [:]).run()
            guard let port = Int(String(decoding: output.standardOutput, as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)) else { throw DiffError("no free port") }
            return port
        }

        @discardableResult
        func awsIAM(_ arguments: [String]) throws -> ExternalCommand.Output {
            try ExternalCommand(executable: IAMDriftMotoTests.aws,
                                arguments: ["iam"] + arguments + ["--endpoint-url", endpoint],
                                environment: environment).run()
        }

        /// Runs `aws iam ...`, failing the test with its stderr if it fails.
        func must(_ arguments: [String]) throws {
            let output = try awsIAM(arguments)
            guard output.succeeded else { throw DiffError("aws iam \(arguments.joined(separator: " ")): status \(output.status): \(output.standardError)") }
        }
    }

    /// Creates every role as `out/iam` describes it, then edits one trust policy and one inline policy.
    static func prepare(_ moto: MotoServer, in folder: URL) throws {
        for role in roles {
            let roleFolder = folder.appendingPathComponent("out/iam/\(role.roleName)")
            try FileManager.default.createDirectory(at: roleFolder, withIntermediateDirectories: true)
            let trust = roleFolder.appendingPathComponent("trust-policy.json")
            try JSONEmitter.render(role.trustPolicy).write(to: trust, atomically: true, encoding: .utf8)
            try moto.must(["create-role", "--role-name", role.roleName, "--assume-role-policy-document", "file://\(trust.path)"])
            if let policy = role.permissionPolicy {
                let file = roleFolder.appendingPathComponent("policy.json")
                try JSONEmitter.render(policy).write(to: file, atomically: true, encoding: .utf8)
                try moto.must(["put-role-policy", "--role-name", role.roleName, "--policy-name", "ekssc",
                               "--policy-document", "file://\(file.path)"])
            }
            for arn in role.managedPolicyARNs {
                try moto.must(["attach-role-policy", "--role-name", role.roleName, "--policy-arn", arn])
            }
        }
        // Someone points the app's trust at another service account...
        let edited = folder.appendingPathComponent("edited-trust.json")
        let trust = GuideArtifacts.appRole.trustPolicy.updating(
            ["Statement", "[]", "Condition", "StringEquals", "\(GuideArtifacts.issuer):sub"]) { _ in
            .string("system:serviceaccount:default:default")
        }
        try JSONEmitter.render(trust).write(to: edited, atomically: true, encoding: .utf8)
        try moto.must(["update-assume-role-policy", "--role-name", GuideArtifacts.appRole.roleName,
                       "--policy-document", "file://\(edited.path)"])
        // ...and widens the store's inline policy by hand.
        try moto.must(["put-role-policy", "--role-name", GuideArtifacts.storeRole.roleName, "--policy-name", "ekssc",
                       "--policy-document", #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "secretsmanager:*", "Resource": "*"}]}"#])
    }

    static func expectExactlyTheTwoEdits(_ live: [String: LiveRole?]) {
        let drifts = IAMComparison.compare(desired: roles + [Self.missingRole], live: live)
        #expect(drifts.map(\.status) == [.changed, .changed, .toCreate])
        #expect(drifts[0].changes.map(\.part) == [.trustPolicy])
        #expect(drifts[0].irsaFailures == [
            "IRSA will fail for default/my-service-account: the trust policy allows sub "
                + "'system:serviceaccount:default:default', expected 'system:serviceaccount:default:my-service-account'",
        ])
        #expect(drifts[1].changes.map(\.part) == [.inlinePolicy])
        #expect(drifts[1].irsaFailures == [])
        let issuer = GuideArtifacts.issuer
        #expect(drifts[0].changes.first?.diff == ["""
            @@ -6,7 +6,7 @@ Statement[0].Condition.StringEquals.\(issuer):sub[0]
                     \(issuer):aud:
                       - sts.amazonaws.com
                     \(issuer):sub:
            -          - system:serviceaccount:default:default
            +          - system:serviceaccount:default:my-service-account
                 Effect: Allow
                 Principal:
                   Federated:
            """])
    }

    /// Declared but never created.
    static var missingRole: IAMRoleArtifact {
        var role = GuideArtifacts.storeRole
        role.roleName = "zz-never-created"
        return role
    }

    @Test func awsCLISourceFindsExactlyTheTwoEdits() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ekssc-moto-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let moto = try MotoServer()
        try Self.prepare(moto, in: folder)
        let live = try AWSCLISource(executable: Self.aws, environment: moto.environment)
            .read(roleNames: (Self.roles + [Self.missingRole]).map(\.roleName))
        Self.expectExactlyTheTwoEdits(live)
    }

    @Test func documentedShellLoopFeedsIAMLiveDirectory() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ekssc-moto-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let moto = try MotoServer()
        try Self.prepare(moto, in: folder)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out/iam/zz-never-created"),
                                                withIntermediateDirectories: true)
        var environment = moto.environment
        environment["PATH"] = Self.venv + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        let loop = try ExternalCommand(executable: "/bin/sh", arguments: ["-c", "cd '\(folder.path)' && " + Self.shellLoop],
                                       environment: environment).run()
        #expect(loop.succeeded, "\(loop.standardError)")
        let live = try IAMLiveDirectory(path: folder.appendingPathComponent("live-iam").path)
            .read(roleNames: (Self.roles + [Self.missingRole]).map(\.roleName))
        Self.expectExactlyTheTwoEdits(live)
    }

    /// The loop docs/diff.md shows, verbatim.
    static let shellLoop = """
        mkdir -p live-iam
        for role in $(ls out/iam); do
          mkdir -p "live-iam/$role"
          aws iam get-role --role-name "$role" > "live-iam/$role/get-role.json" 2>/dev/null \
            || rm -f "live-iam/$role/get-role.json"
          aws iam list-attached-role-policies --role-name "$role" \
            > "live-iam/$role/list-attached-role-policies.json" 2>/dev/null \
            || rm -f "live-iam/$role/list-attached-role-policies.json"
          aws iam get-role-policy --role-name "$role" --policy-name ekssc \
            > "live-iam/$role/get-role-policy.json" 2>/dev/null \
            || rm -f "live-iam/$role/get-role-policy.json"
        done
        """
}
