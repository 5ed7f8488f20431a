import Foundation
import Testing
@testable import EKSSC

/// The deploy path as a user runs it: `ekssc build`, then the commands of the generated
/// `out/README.md`, in order, against a local AWS API (moto on 127.0.0.1); then every role in
/// IAM must equal what `iam/<role>/` of the same source built with `--layout per-object` says.
/// `out/` is the CLI's default, grouped layout, which has the roles only in the templates: the
/// stacks are what creates them, and the per-object tree's AWS CLI inputs must agree.
///
/// What moto cannot do, and this test therefore does not claim:
/// - `aws eks …` commands (cluster settings, `wait cluster-active`): moto has no such cluster;
///   they are skipped, and so are `kubectl` (no API server here) and `ekssc diff`.
/// - `AWS::EKS::AccessEntry`, `AWS::EKS::PodIdentityAssociation`, `AWS::IAM::OIDCProvider` and
///   `AWS::CloudTrail::Trail` in a stack: moto's CloudFormation skips these types, so the stacks deploy but create
///   nothing for them (cfn-lint checks their shape in CI instead).
/// - `ManagedPolicyArns` of an `AWS::IAM::Role` in a stack: moto ignores the property, so the
///   attached managed policies are compared with the template's list, not read back.
/// - The guide's `monitoring` names a VPC and a trail bucket that must exist: the test makes them
///   in moto first (moto chooses the VPC id, so the source is the guide with that id).
/// - moto keeps a stack role's inline policy as a Python dictionary and returns its `repr`;
///   the test turns that back into JSON before comparing.
@Suite(.enabled(if: MotoTools.present && Executables.ekssc != nil,
                "needs moto_server and the aws CLI in VALIDATORS_VENV (.ci/run installs them) and a built ekssc"))
struct CloudFormationMotoTests {
    @Test func applyGuideCommandsCreateTheRolesOfOutIAM() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ekssc-cfn-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let moto = try IAMDriftMotoTests.MotoServer()
        // What the guide's monitoring expects to exist: its VPC and the trail's bucket.
        let vpcID = try Self.aws(["ec2", "create-vpc", "--cidr-block", "10.0.0.0/16", "--query", "Vpc.VpcId", "--output", "text"], moto)
        _ = try Self.aws(["s3api", "create-bucket", "--bucket", "my-cluster-cloudtrail-logs",
                          "--create-bucket-configuration", "LocationConstraint=us-west-2"], moto)
        let guide = try String(contentsOfFile: DiffCommandTests.guide, encoding: .utf8)
        #expect(guide.contains("\"vpc-12345678\""))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = folder.appendingPathComponent("guide.sec")
        try guide.replacingOccurrences(of: "vpc-12345678", with: vpcID).write(to: source, atomically: true, encoding: .utf8)
        let out = try Self.build(source.path, into: folder, moto)
        let perObject = try Self.build(source.path, into: folder, moto, layout: "per-object")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("iam").path))

        let commands = try Self.applyGuideCommands(in: out)
        #expect(commands.count { $0.contains("cloudformation deploy") } == 4, "\(commands)")
        for command in commands where Self.runsAgainstMoto(command) {
            let result = try ExternalCommand(executable: "/bin/sh", arguments: ["-c", "cd '\(out.path)' && \(command)"],
                                             environment: Self.environment(moto)).run()
            #expect(result.succeeded, "\(command): \(result.standardError)")
        }

        let roles = try FileManager.default.contentsOfDirectory(atPath: perObject.appendingPathComponent("iam").path).sorted()
        #expect(roles == ["my-app-role", "my-cluster-default-external-secrets-sa"])
        for role in roles {
            #expect(try Self.mismatches(role: role, out: perObject, moto).isEmpty)
        }
        #expect(try Self.aws(["ec2", "describe-flow-logs", "--query", "FlowLogs[].[ResourceId,LogGroupName,TrafficType]",
                              "--output", "text"], moto) == "\(vpcID)\t/aws/vpc/flowlogs\tALL")

        // The comparison is not vacuous: a trust policy changed in IAM is reported.
        let edited = folder.appendingPathComponent("edited-trust.json")
        try #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}"#
            .write(to: edited, atomically: true, encoding: .utf8)
        try moto.must(["update-assume-role-policy", "--role-name", "my-app-role", "--policy-document", "file://\(edited.path)"])
        #expect(try Self.mismatches(role: "my-app-role", out: perObject, moto) == ["my-app-role: trust policy differs"])
    }

    /// `aws <arguments> --region us-west-2` against moto; its trimmed standard output.
    static func aws(_ arguments: [String], _ moto: IAMDriftMotoTests.MotoServer) throws -> String {
        let output = try ExternalCommand(executable: IAMDriftMotoTests.aws, arguments: arguments + ["--region", "us-west-2"],
                                         environment: moto.environment).run()
        guard output.succeeded else { throw DiffError("aws \(arguments.joined(separator: " ")): \(output.standardError)") }
        return String(decoding: output.standardOutput, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `ekssc build` into `folder/out` (the default layout) or `folder/out-<layout>`.
    static func build(_ source: String, into folder: URL, _ moto: IAMDriftMotoTests.MotoServer,
                      layout: String? = nil) throws -> URL {
        let out = folder.appendingPathComponent(layout.map { "out-\($0)" } ?? "out")
        let build = try ExternalCommand(executable: Executables.ekssc ?? "ekssc",
                                        arguments: ["build", source, "-o", out.path] + (layout.map { ["--layout", $0] } ?? []),
                                        environment: moto.environment).run()
        guard build.succeeded else { throw DiffError("ekssc build failed: \(build.standardError)") }
        return out
    }

    /// Every line of the guide's `sh` blocks, in order.
    static func applyGuideCommands(in out: URL) throws -> [String] {
        let guide = try String(contentsOf: out.appendingPathComponent("README.md"), encoding: .utf8)
        var commands: [String] = [], inBlock = false
        for line in guide.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "```sh" { inBlock = true } else if line == "```" { inBlock = false } else if inBlock {
                commands.append(String(line))
            }
        }
        return commands
    }

    /// CloudFormation and IAM commands; EKS, kubectl and ekssc diff need a real cluster.
    static func runsAgainstMoto(_ command: String) -> Bool {
        command.hasPrefix("aws ") && (command.contains(" cloudformation ") || command.contains(" iam "))
    }

    static func environment(_ moto: IAMDriftMotoTests.MotoServer) -> [String: String] {
        var environment = moto.environment
        environment["PATH"] = MotoTools.venv + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        return environment
    }

    /// How the role in IAM differs from `iam/<role>/` of the per-object tree `out` and its IAM
    /// template's attachments.
    static func mismatches(role: String, out: URL, _ moto: IAMDriftMotoTests.MotoServer) throws -> [String] {
        let folder = out.appendingPathComponent("iam/\(role)")
        var found: [String] = []
        let live = try json(moto.awsIAM(["get-role", "--role-name", role]).standardOutput) as? [String: Any]
        let liveRole = live?["Role"] as? [String: Any]
        if !same(liveRole?["AssumeRolePolicyDocument"], try json(file: folder.appendingPathComponent("trust-policy.json"))) {
            found.append("\(role): trust policy differs")
        }
        let policyFile = folder.appendingPathComponent("policy.json")
        if FileManager.default.fileExists(atPath: policyFile.path) {
            let output = try moto.awsIAM(["get-role-policy", "--role-name", role, "--policy-name", "ekssc"])
            let document = (try json(output.standardOutput) as? [String: Any])?["PolicyDocument"]
            if !same(try pythonReprToJSON(document), try json(file: policyFile)) { found.append("\(role): inline policy differs") }
        }
        let managed = try json(file: folder.appendingPathComponent("managed-policies.json")) as? [String] ?? []
        if try managedPolicyARNsInTemplate(role: role, out: out) != managed {
            found.append("\(role): the template's managed policies differ")
        }
        return found
    }

    /// The `ManagedPolicyArns` of the role's resource in `aws/cloudformation/iam-*.yaml`.
    static func managedPolicyARNsInTemplate(role: String, out: URL) throws -> [String] {
        let folder = out.appendingPathComponent("aws/cloudformation")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasPrefix("iam-") {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            for entry in try YAMLReader.read(bytes).first?["Resources"]?.entries ?? [] {
                let properties = entry.value["Properties"]
                guard properties?["RoleName"]?.stringValue == role else { continue }
                return properties?["ManagedPolicyArns"]?.listValue?.compactMap(\.stringValue) ?? []
            }
        }
        throw DiffError("role \(role) is in no IAM template")
    }

    static func json(_ data: [UInt8]) throws -> Any { try JSONSerialization.jsonObject(with: Data(data)) }
    static func json(file: URL) throws -> Any { try JSONSerialization.jsonObject(with: Data(contentsOf: file)) }

    /// Equal as JSON values (key order and whitespace aside).
    static func same(_ a: Any?, _ b: Any?) -> Bool {
        guard let a, let b else { return false }
        return NSDictionary(dictionary: ["v": a]).isEqual(to: ["v": b])
    }

    /// moto returns a stack role's inline policy as Python's `repr` of a dictionary (single
    /// quotes); read it with Python's literal parser. A JSON object or string passes through.
    static func pythonReprToJSON(_ document: Any?) throws -> Any? {
        guard let text = document as? String else { return document }
        if let data = text.data(using: .utf8), let parsed = try? JSONSerialization.jsonObject(with: data) { return parsed }
        let output = try ExternalCommand(executable: "\(MotoTools.venv)/python", arguments: [
            "-c", "import ast, json, sys; print(json.dumps(ast.literal_eval(sys.argv[1])))", text,
        ], environment: [:]).run()
        return try json(output.standardOutput)
    }
}
