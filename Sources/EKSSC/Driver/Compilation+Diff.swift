/// Where `Compilation.diff` reads the live Kubernetes objects.
public enum LiveKubernetesState: Sendable {
    /// `kubectl get ... -o json|yaml` output already read; `source` names it in messages.
    case objects(bytes: [UInt8], source: String)
    /// Run kubectl (`executable`, in `context` when given) with `environment`.
    case kubectl(executable: String, context: String?, environment: [String: String])
}

/// Where `Compilation.diff` reads the live IAM roles.
public enum LiveIAMState: Sendable {
    /// A folder of saved `aws iam` output, one subfolder per role.
    case directory(String)
    /// Run the aws CLI (`executable`) with `environment` (which may set `AWS_ENDPOINT_URL`).
    case awsCLI(executable: String, environment: [String: String])
}

extension Compilation {
    /// What applying the files would change in the cluster and in IAM, and what was changed by
    /// hand (`ekssc diff`). Either side may be nil (not compared); a compilation without files
    /// has nothing to compare.
    public func diff(kubernetes: LiveKubernetesState?, iam: LiveIAMState?) throws(DiffError) -> DriftReport {
        if artifacts == nil, files != nil {
            throw DiffError("cannot compare: the compilation did not keep its lowered objects (CompileOptions.retainsLoweredArtifacts)")
        }
        guard let artifacts else { throw DiffError("cannot compare: \(sourceSet.files.count == 1 ? "'\(source.path)'" : "the sources") \(sourceSet.files.count == 1 ? "has" : "have") errors") }
        var liveObjects: [Document]?
        switch kubernetes {
        case .objects(let bytes, let name)?:
            liveObjects = try LiveObjectReader.read(bytes, source: name)
        case .kubectl(let executable, let context, let environment)?:
            liveObjects = try KubectlSource(executable: executable, context: context, environment: environment)
                .read(forKinds: artifacts.manifests.map(\.kind))
        case nil:
            liveObjects = nil
        }
        let names = artifacts.iamRoles.map(\.roleName)
        var liveRoles: [String: LiveRole?]?
        switch iam {
        case .directory(let path)?:
            liveRoles = try IAMLiveDirectory(path: path).read(roleNames: names)
        case .awsCLI(let executable, let environment)?:
            liveRoles = try AWSCLISource(executable: executable, environment: environment).read(roleNames: names)
        case nil:
            liveRoles = nil
        }
        return DriftReport.compare(artifacts, liveObjects: liveObjects, liveRoles: liveRoles)
    }
}

extension DriftReport {
    /// The report as one JSON document (`ekssc diff --output json`).
    public var json: String { JSONEmitter.render(document) }
}
