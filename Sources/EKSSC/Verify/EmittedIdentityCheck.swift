/// The identity part of verification over every deploy path a build's files hold (see
/// `EmittedIdentity`): each path's trust and permission policies through
/// `IdentityVerification`, and what that does not evaluate: every declared role is there, and its
/// managed policies are exactly the declared ones (an undeclared role's: none).
///
/// Each path is proven on its own rather than compared with the other: a reader follows one of
/// them, and a difference that matters shows as a finding on the path that has it. Findings the
/// paths share are reported once.
struct EmittedIdentityCheck {
    let model: SecurityModel
    /// At least one: a build without IAM files is checked as an empty CloudFormation path, so a
    /// declared role that is missing everywhere is still found.
    let paths: [EmittedIdentity]

    init(model: SecurityModel, paths: [EmittedIdentity]) {
        self.model = model
        self.paths = paths.isEmpty ? [EmittedIdentity(origin: "aws/cloudformation/")] : paths
    }

    func run() -> [VerifyFinding] {
        let declared = declaredRoles()
        var findings: Set<VerifyFinding> = []
        for path in paths {
            findings.formUnion(IdentityVerification(
                model: model, trustPolicies: path.trustPolicies, permissionPolicies: path.permissionPolicies,
                associations: path.associations).run())
            findings.formUnion(roleFindings(path, declared: declared))
        }
        return findings.sorted()
    }

    /// Every role the model declares: its first declaration and the union of its managed
    /// policies (roles that apps share carry all of theirs, as `IAMRolePlan` merges them).
    private func declaredRoles() -> [String: (range: SourceRange, managed: Set<String>)] {
        let cluster = model.cluster
        var roles: [String: (range: SourceRange, managed: Set<String>)] = [:]
        for app in model.apps {
            guard let spec = app.iamRole, let name = IAMRoleNaming.roleName(of: app, in: cluster) else { continue }
            roles[name, default: (spec.range, [])].managed.formUnion(spec.managedPolicies)
        }
        for store in model.secretStores {
            roles[IAMRoleNaming.roleName(of: store, in: cluster), default: (store.range, [])].managed.formUnion([])
        }
        return roles
    }

    /// Declared roles missing from `path`, and managed policies attached but not declared or
    /// declared but not attached.
    private func roleFindings(_ path: EmittedIdentity,
                              declared: [String: (range: SourceRange, managed: Set<String>)]) -> [VerifyFinding] {
        var findings: [VerifyFinding] = []
        for (role, declaration) in declared.sorted(by: { $0.key < $1.key }) where path.trustPolicies[role] == nil {
            findings.append(VerifyFinding(kind: .identity, from: "role/\(role)", to: path.origin, what: "iam:CreateRole",
                                          declared: true, allowed: false, source: declaration.range))
        }
        for (role, attached) in path.managedPolicies.sorted(by: { $0.key < $1.key }) {
            let wanted = declared[role]?.managed ?? []
            let range = declared[role]?.range ?? model.cluster.range
            for arn in Set(attached).symmetricDifference(wanted).sorted() {
                findings.append(VerifyFinding(kind: .identity, from: "role/\(role)", to: arn, what: "iam:AttachRolePolicy",
                                              declared: wanted.contains(arn), allowed: !wanted.contains(arn), source: range))
            }
        }
        return findings
    }
}
