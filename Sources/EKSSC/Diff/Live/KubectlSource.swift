#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads live objects by running kubectl: one `get` for the kinds ekssc manages across all
/// namespaces, and one for the aws-auth ConfigMap.
struct KubectlSource: Sendable {
    /// `kubectl` (looked up on PATH) or a path.
    var executable: String
    /// `--context NAME`, when given.
    var context: String?
    var environment: [String: String]

    init(executable: String = "kubectl", context: String? = nil, environment: [String: String]) {
        self.executable = executable
        self.context = context
        self.environment = environment
    }

    /// Built-in kinds ekssc emits, always asked for (so orphans of any of them are found).
    static let builtInResources = [
        "namespaces", "serviceaccounts",
        "roles.rbac.authorization.k8s.io", "clusterroles.rbac.authorization.k8s.io",
        "rolebindings.rbac.authorization.k8s.io", "clusterrolebindings.rbac.authorization.k8s.io",
        "networkpolicies.networking.k8s.io", "storageclasses.storage.k8s.io",
    ]

    /// Custom kinds ekssc emits, asked for only when the build declares one: asking a cluster
    /// without the CRD installed is an error.
    static let customResources: [String: String] = [
        "SecurityGroupPolicy": "securitygrouppolicies.vpcresources.k8s.aws",
        "SecretStore": "secretstores.external-secrets.io",
        "ClusterSecretStore": "clustersecretstores.external-secrets.io",
        "ExternalSecret": "externalsecrets.external-secrets.io",
    ]

    /// The resource list for `kubectl get`, for a build that declares `kinds`.
    static func resources(forKinds kinds: some Sequence<String>) -> [String] {
        builtInResources + Set(kinds).compactMap { customResources[$0] }.sorted()
    }

    /// The kubectl argument lists this source runs: the kinds, then aws-auth.
    func argumentLists(forKinds kinds: some Sequence<String>) -> [[String]] {
        let contextArguments = context.map { ["--context", $0] } ?? []
        return [
            contextArguments + ["get", Self.resources(forKinds: kinds).joined(separator: ","), "-A", "-o", "json"],
            contextArguments + ["get", "configmap", "aws-auth", "-n", "kube-system", "-o", "json",
                                "--ignore-not-found"],
        ]
    }

    /// Every live object of the kinds; a failed run throws with kubectl's stderr.
    func read(forKinds kinds: some Sequence<String>) throws(DiffError) -> [Document] {
        var objects: [Document] = []
        for arguments in argumentLists(forKinds: kinds) {
            let command = ExternalCommand(executable: executable, arguments: arguments, environment: environment)
            let output = try command.run()
            guard output.succeeded else {
                let detail = output.standardError.trimmedLines
                throw DiffError("'\(command.displayText)' failed with status \(output.status)"
                                + (detail.isEmpty ? "" : ":\n\(detail)"))
            }
            // `--ignore-not-found` prints nothing when aws-auth does not exist.
            guard output.standardOutput.contains(where: { !isSpace($0) }) else { continue }
            objects += try LiveObjectReader.read(output.standardOutput, source: command.displayText)
        }
        return objects
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
