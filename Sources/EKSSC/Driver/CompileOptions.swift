/// What `Compiler.compile` and `Compiler.check` run besides the compiler proper.
public struct CompileOptions: Sendable {
    /// The lint rules' levels; nil runs no lint rule (what `ekssc diff` does: drift, not review).
    public var lint: LintConfiguration?
    /// Whether `compile` proves the emitted NetworkPolicies, RBAC and IAM policies allow exactly
    /// what the source declares before it hands out any file (what `ekssc build` guarantees).
    public var verify: Bool
    /// How Kubernetes objects are spread over files, and whether the AWS CLI inputs are written.
    public var layout: Layout
    /// The folder the files are for (`ekssc build -o`), when known. When it already holds what
    /// these inputs build (its marker records the same source files, layout and ekssc version,
    /// and every file still matches its recorded hash), `compile` skips the passes, rendering
    /// and verification and returns a compilation that is up to date there
    /// (`Compilation.isUpToDate`). The front end and lint still run: diagnostics are the same.
    public var existingOutput: String?
    /// Whether the compilation keeps what the passes lowered the model to (every object's and
    /// policy's document tree), which only `Compilation.diff` reads. `ekssc build` turns it off:
    /// the trees are then released once the files are rendered, before verification.
    public var retainsLoweredArtifacts: Bool

    /// How Kubernetes objects are spread over files under `kubernetes/`, and how the AWS side is given.
    public enum Layout: String, Sendable, CaseIterable {
        /// One multi-document file per namespace (`namespaces/<ns>.yaml`) plus `_cluster.yaml`;
        /// IAM roles, access entries and Pod Identity associations only as the CloudFormation
        /// templates under `aws/cloudformation/`.
        case grouped
        /// One file per object: `<namespace or _cluster>/<kind>-<name>.yaml`; the templates and,
        /// beside them, one AWS CLI input per call (`iam/<role>/`, `aws/access-entries/`, ...).
        case perObject = "per-object"
    }

    /// Every lint rule at its default level, with verification, one file per object.
    public init(lint: LintConfiguration? = LintConfiguration(), verify: Bool = true, layout: Layout = .perObject,
                existingOutput: String? = nil, retainsLoweredArtifacts: Bool = true) {
        self.lint = lint
        self.verify = verify
        self.layout = layout
        self.existingOutput = existingOutput
        self.retainsLoweredArtifacts = retainsLoweredArtifacts
    }
}
