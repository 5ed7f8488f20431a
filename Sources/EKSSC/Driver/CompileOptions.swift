/// What `Compiler.compile` and `Compiler.check` run besides the compiler proper.
public struct CompileOptions: Sendable {
    /// The lint rules' levels; nil runs no lint rule (what `ekssc diff` does: drift, not review).
    public var lint: LintConfiguration?
    /// Whether `compile` proves the emitted NetworkPolicies, RBAC and IAM policies allow exactly
    /// what the source declares before it hands out any file (what `ekssc build` guarantees).
    public var verify: Bool

    /// Every lint rule at its default level, with verification.
    public init(lint: LintConfiguration? = LintConfiguration(), verify: Bool = true) {
        self.lint = lint
        self.verify = verify
    }
}
