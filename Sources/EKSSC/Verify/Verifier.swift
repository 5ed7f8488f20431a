/// `ekssc verify`: evaluates the emitted artifacts (read back from the files a build writes)
/// and compares what they allow with what the file declares.
enum Verifier {
    static let evaluatedKinds = ["networkpolicy-", "namespace-", "role-", "rolebinding-", "clusterrole-",
                                 "clusterrolebinding-"]

    /// The `kind`s of the documents read, for grouped files.
    static let evaluatedKindNames: Set<String> = ["NetworkPolicy", "Namespace", "Role", "RoleBinding", "ClusterRole",
                                                  "ClusterRoleBinding"]

    static func isEvaluated(_ path: String) -> Bool {
        guard let name = path.split(separator: "/").last else { return false }
        return evaluatedKinds.contains { name.hasPrefix($0) }
    }

    /// Verifies `files` (as `OutputLayout.files` produces them) against `model`.
    static func verify(model: SecurityModel, files: [OutputFile]) throws(VerifyError) -> VerifyReport {
        // The documents read back live only while the evaluators are built from them (a third of
        // the peak memory of a large build otherwise): the comparisons need only the evaluators.
        let (evaluator, rbacEvaluator) = try kubernetesEvaluators(files)
        let identityCheck = try identityVerification(model: model, files: files)
        let rbacCheck = RBACVerification(model: model, emitted: rbacEvaluator)
        // The three comparisons are independent: network on one core, identity and RBAC on the other.
        let parts = [0, 1].concurrentMap { part -> VerificationPart in
            part == 0 ? .network(NetworkVerification(model: model, evaluator: evaluator).run())
                : .other(identityCheck.run() + rbacCheck.run())
        }
        guard case .network(let network) = parts[0], case .other(let others) = parts[1] else {
            preconditionFailure("concurrentMap keeps each result at its element's index")
        }
        return VerifyReport(findings: (network.findings + others).sorted(), allowedConnections: network.allowed,
                            probes: network.probes)
    }

    /// Reads the evaluated kinds back from the rendered Kubernetes files (what is written) and
    /// builds the NetworkPolicy and RBAC evaluators from them.
    static func kubernetesEvaluators(_ files: [OutputFile]) throws(VerifyError)
        -> (network: NetworkPolicyEvaluator, rbac: RBACEvaluator) {
        var documents: [(path: String, document: Document)] = []
        // Only the kinds evaluated here: the per-object layout names every file `<kind>-<name>.yaml`,
        // so only those are read; a grouped file holds any kinds and is read and filtered by kind.
        // Each file is parsed from the rendered text (what is written), on both cores.
        let manifestFiles = files.filter { file in
            file.path.hasPrefix("kubernetes/") && file.path.hasSuffix(".yaml")
                && (isEvaluated(file.path) || OutputTreePass.isGroupedManifestPath(file.path))
        }
        // Documents of other kinds (ServiceAccounts, ExternalSecrets...) are read with every check
        // but not built (`YAMLReader.read(_:keepingKinds:)`).
        let read = manifestFiles.concurrentMap { file -> Result<[Document], VerifyError> in
            var contents = file.contents
            return contents.withUTF8 { bytes in
                do {
                    return .success(try YAMLReader.read(bytes, keepingKinds: evaluatedKindNames))
                } catch {
                    return .failure(.unreadable(path: file.path, reason: "\(error)"))
                }
            }
        }
        for (file, parsed) in zip(manifestFiles, read) {
            switch parsed {
            case .success(let found): documents += found.map { (file.path, $0) }
            case .failure(let error): throw error
            }
        }
        var namespaceLabels: [String: [String: String]] = [:]
        for (_, document) in documents where document["kind"]?.stringValue == "Namespace" {
            guard let name = document["metadata"]?["name"]?.stringValue else { continue }
            var labels: [String: String] = [:]
            for entry in document["metadata"]?["labels"]?.entries ?? [] { labels[entry.key] = entry.value.stringValue }
            namespaceLabels[name] = labels
        }
        return (try NetworkPolicyEvaluator(documents: documents, namespaceLabels: namespaceLabels),
                try RBACEvaluator(documents: documents))
    }

    /// What one of the comparisons run side by side found.
    private enum VerificationPart: Sendable {
        case network((findings: [VerifyFinding], allowed: [String: [String]], probes: Int))
        case other([VerifyFinding])
    }

    /// Reads the IAM roles and Pod Identity associations of every deploy path the files hold:
    /// the CloudFormation templates (both layouts) and the AWS CLI inputs under `iam/` and
    /// `aws/pod-identity-associations/` (per-object only). Each is proven on its own.
    static func identityVerification(model: SecurityModel, files: [OutputFile]) throws(VerifyError) -> EmittedIdentityCheck {
        let paths = [try EmittedIdentity.cloudFormation(in: files), try EmittedIdentity.cliInputs(in: files)]
        return EmittedIdentityCheck(model: model, paths: paths.compactMap { $0 })
    }
}
