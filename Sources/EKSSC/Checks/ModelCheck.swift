/// A check of an analysed model against what lowering will make of it: a limit AWS or the file
/// system enforces, or two declarations that would produce the same object. Pure: model in,
/// located diagnostics out.
///
/// `Compiler.check` runs every check (`ModelChecks.all`) after semantic analysis, so `ekssc check`
/// and `ekssc build` reject exactly the same files; the passes themselves report no errors.
protocol ModelCheck: Sendable {
    func diagnostics(for model: SecurityModel) -> [Diagnostic]
}

/// The model checks, in the one order they run.
enum ModelChecks {
    static let all: [any ModelCheck] = [
        ServiceAccountRoleCheck(),
        IAMRoleLimitCheck(),
        OutputNameCheck(),
        WorkloadRoleMappingCheck(),
        AWSAuthCheck(),
        NetworkReachabilityCheck(),
    ]

    /// Every check's diagnostics, in check order (`BuildResult` sorts them).
    static func diagnostics(for model: SecurityModel) -> [Diagnostic] {
        all.concurrentMap { $0.diagnostics(for: model) }.flatMap { $0 }
    }
}
