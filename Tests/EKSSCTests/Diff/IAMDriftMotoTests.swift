#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import EKSSC

/// Where the validators' virtualenv keeps moto and the aws CLI.
enum MotoTools {
    static var venv: String { ValidatorTools.venvBin }
    static var present: Bool { ValidatorTools.hasMoto }
}

/// IAM drift against a real local IAM API (moto on 127.0.0.1): roles created from `out/iam` of a
/// real build, then edited by hand; `ekssc diff` reads them through the aws CLI both
/// directly (`--aws`) and through the documented shell loop (`--iam-live DIR`).
@Suite(.enabled(if: MotoTools.present && Executables.ekssc != nil,
                "needs moto_server and the aws CLI in VALIDATORS_VENV (.ci/run installs them) and a built ekssc"))
struct IAMDriftMotoTests {
    static let venv = MotoTools.venv
    static let aws = "\(venv)/aws"


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

    /// Builds the guide into `folder/out` with `--layout per-object` (the AWS CLI path), creates
    /// every role as `out/iam` describes it, then
    /// edits one trust policy and one inline policy by hand.
    static func prepare(_ moto: MotoServer, in folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let build = try ExternalCommand(executable: Executables.ekssc ?? "ekssc", arguments: [
            "build", DiffCommandTests.guide, "-o", folder.appendingPathComponent("out").path, "--layout", "per-object",
        ], environment: moto.environment).run()
        guard build.succeeded else { throw DiffError("ekssc build failed: \(build.standardError)") }
        let iam = folder.appendingPathComponent("out/iam")
        for role in try FileManager.default.contentsOfDirectory(atPath: iam.path).sorted() {
            let roleFolder = iam.appendingPathComponent(role)
            try moto.must(["create-role", "--role-name", role, "--assume-role-policy-document",
                           "file://\(roleFolder.appendingPathComponent("trust-policy.json").path)"])
            let policy = roleFolder.appendingPathComponent("policy.json")
            if FileManager.default.fileExists(atPath: policy.path) {
                try moto.must(["put-role-policy", "--role-name", role, "--policy-name", "ekssc",
                               "--policy-document", "file://\(policy.path)"])
            }
            let managed = try Data(contentsOf: roleFolder.appendingPathComponent("managed-policies.json"))
            for arn in try YAMLReader.read([UInt8](managed)).first?.listValue?.compactMap(\.stringValue) ?? [] {
                try moto.must(["attach-role-policy", "--role-name", role, "--policy-arn", arn])
            }
        }
        // Someone points the app's trust at another service account...
        let edited = folder.appendingPathComponent("edited-trust.json")
        let trust = GuideArtifacts.appRole.trustPolicy.updating(
            ["Statement", "[]", "Condition", "StringEquals", "\(GuideArtifacts.issuer):sub"]) { _ in
            .string("system:serviceaccount:default:default")
        }
        try JSONEmitter.render(trust).write(to: edited, atomically: true, encoding: .utf8)
        try moto.must(["update-assume-role-policy", "--role-name", "my-app-role", "--policy-document", "file://\(edited.path)"])
        // ...and widens the store's inline policy.
        try moto.must(["put-role-policy", "--role-name", "my-cluster-default-external-secrets-sa", "--policy-name", "ekssc",
                       "--policy-document", #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "secretsmanager:*", "Resource": "*"}]}"#])
    }

    /// `ekssc diff guide.sec <arguments>` against the server: exactly the two edits, exit 1.
    static func expectExactlyTheTwoEdits(_ arguments: [String], _ moto: MotoServer, in folder: URL) throws {
        let output = try ExternalCommand(executable: Executables.ekssc ?? "ekssc",
                                         arguments: ["diff", DiffCommandTests.guide] + arguments,
                                         environment: moto.environment).run()
        #expect(output.status == 1, "\(output.standardError)")
        let issuer = GuideArtifacts.issuer
        #expect(String(decoding: output.standardOutput, as: UTF8.self) == """
            ~ IAM role my-app-role: changed
            --- live trust-policy
            +++ desired trust-policy
            @@ -6,7 +6,7 @@ Statement[0].Condition.StringEquals.\(issuer):sub[0]
                     \(issuer):aud:
                       - sts.amazonaws.com
                     \(issuer):sub:
            -          - system:serviceaccount:default:default
            +          - system:serviceaccount:default:my-service-account
                 Effect: Allow
                 Principal:
                   Federated:
            ! IRSA will fail for default/my-service-account: the trust policy allows sub \
            'system:serviceaccount:default:default', expected 'system:serviceaccount:default:my-service-account'
            ~ IAM role my-cluster-default-external-secrets-sa: changed
            --- live inline-policy
            +++ desired inline-policy
            @@ -1,7 +1,16 @@ Statement[0].Action[0]
             Statement:
               - Action:
            -      - secretsmanager:*
            +      - secretsmanager:DescribeSecret
            +      - secretsmanager:GetSecretValue
            +    Effect: Allow
            +    Resource:
            +      - arn:aws:secretsmanager:us-west-2:123456789012:secret:prod/database/password-??????
            +    Sid: ReadSecrets
            +  - Action:
            +      - ssm:GetParameter
            +      - ssm:GetParameters
                 Effect: Allow
                 Resource:
            -      - "*"
            +      - arn:aws:ssm:us-west-2:123456789012:parameter/prod/app/api-key
            +    Sid: ReadParameters
             Version: "2012-10-17"
            drift: IAM roles 2 changed, 1 IRSA failure

            """)
    }

    @Test func awsFlagFindsExactlyTheTwoEdits() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ekssc-moto-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let moto = try MotoServer()
        try Self.prepare(moto, in: folder)
        try Self.expectExactlyTheTwoEdits(["--aws", "--aws-path", Self.aws], moto, in: folder)
    }

    @Test func documentedShellLoopFeedsIAMLive() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ekssc-moto-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let moto = try MotoServer()
        try Self.prepare(moto, in: folder)
        var environment = moto.environment
        environment["PATH"] = Self.venv + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        let loop = try ExternalCommand(executable: "/bin/sh", arguments: ["-c", "cd '\(folder.path)' && " + Self.shellLoop],
                                       environment: environment).run()
        #expect(loop.succeeded, "\(loop.standardError)")
        try Self.expectExactlyTheTwoEdits(["--iam-live", folder.appendingPathComponent("live-iam").path], moto, in: folder)
    }

    @Test func roleMissingFromTheAccountIsToCreate() throws {
        let moto = try MotoServer()
        let live = try AWSCLISource(executable: Self.aws, environment: moto.environment).read(roleNames: ["absent"])
        #expect(IAMComparison.compare(desired: [Self.missingRole], live: live).map(\.status) == [.toCreate])
    }

    /// Declared but never created.
    static var missingRole: IAMRoleArtifact {
        var role = GuideArtifacts.storeRole
        role.roleName = "absent"
        return role
    }

    /// The loop docs/diff.md shows, verbatim.
    static let shellLoop = """
        mkdir -p live-iam
        for role in $(sed -n 's/^      RoleName: //p' out/aws/cloudformation/iam-*.yaml | tr -d '"'); do
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
