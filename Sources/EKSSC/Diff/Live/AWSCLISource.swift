#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads live IAM roles by running the aws CLI per role. `AWS_ENDPOINT_URL` from the
/// environment is honoured (also passed as `--endpoint-url`, for CLI versions that predate it),
/// so it works against any IAM-compatible endpoint.
struct AWSCLISource: Sendable {
    var executable: String
    var environment: [String: String]

    init(executable: String = "aws", environment: [String: String]) {
        self.executable = executable
        self.environment = environment
    }

    /// Each named role, or nil for a role that does not exist.
    func read(roleNames: [String]) throws(DiffError) -> [String: LiveRole?] {
        var roles: [String: LiveRole?] = [:]
        for name in roleNames {
            roles[name] = try readRole(name)
        }
        return roles
    }

    private func readRole(_ name: String) throws(DiffError) -> LiveRole? {
        guard let getRole = try call(["get-role", "--role-name", name]) else { return nil }
        let attached = try call(["list-attached-role-policies", "--role-name", name])
        let inline = try call(["get-role-policy", "--role-name", name, "--policy-name", IAMComparison.inlinePolicyName])
        return try LiveRole.parse(roleName: name, getRole: getRole, attachedPolicies: attached, rolePolicy: inline,
                                  source: "aws iam get-role --role-name \(name)")
    }

    /// The JSON output of `aws iam <arguments>`; nil when IAM answers NoSuchEntity.
    private func call(_ arguments: [String]) throws(DiffError) -> Document? {
        var full = ["iam"] + arguments + ["--output", "json"]
        if let endpoint = environment["AWS_ENDPOINT_URL_IAM"] ?? environment["AWS_ENDPOINT_URL"], !endpoint.isEmpty {
            full += ["--endpoint-url", endpoint]
        }
        let command = ExternalCommand(executable: executable, arguments: full, environment: environment)
        let output = try command.run()
        guard output.succeeded else {
            if output.standardError.contains("NoSuchEntity") { return nil }
            let detail = output.standardError.trimmedLines
            throw DiffError("'\(command.displayText)' failed with status \(output.status)"
                            + (detail.isEmpty ? "" : ":\n\(detail)"))
        }
        let documents: [Document]
        do {
            documents = try YAMLReader.read(output.standardOutput)
        } catch {
            throw DiffError("cannot read the output of '\(command.displayText)': \(error.description)")
        }
        guard documents.count == 1, case .map = documents[0] else {
            throw DiffError("cannot read the output of '\(command.displayText)': expected one JSON object")
        }
        return documents[0]
    }
}
