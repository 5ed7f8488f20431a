/// Declarations that share one ServiceAccount must agree on its AWS identity: the ServiceAccount
/// carries one role annotation, and every pod that runs as it gets the same credentials.
///
/// Two apps agree when their identity and `iam-role` blocks are the same (so neither gets the
/// other's permissions by surprise); an app and a secret store, or two stores, agree when they
/// arrive at the same role (or one of them has none). The one check of this rule, for `check`
/// and `build` alike.
struct ServiceAccountRoleCheck: ModelCheck {
    init() {}

    func diagnostics(for model: SecurityModel) -> [Diagnostic] {
        // Only a ServiceAccount that two declarations name can conflict: the others need no
        // role name and no fingerprint (building those for every app was most of this check).
        var claimCount: [ServiceAccountRef: Int] = [:]
        for app in model.apps {
            guard case .exact(let name) = app.serviceAccount else { continue }
            claimCount[ServiceAccountRef(namespace: app.namespace, name: name), default: 0] += 1
        }
        for store in model.secretStores { claimCount[store.serviceAccount, default: 0] += 1 }
        var claims: [ServiceAccountClaim] = []
        for app in model.apps {
            guard case .exact(let name) = app.serviceAccount else { continue }
            let ref = ServiceAccountRef(namespace: app.namespace, name: name)
            guard claimCount[ref, default: 0] > 1 else { continue }
            claims.append(ServiceAccountClaim(
                ref: ref, appName: app.name,
                roleARN: app.identity == .irsa ? IAMRoleNaming.roleARN(of: app, in: model.cluster) : nil,
                fingerprint: Self.identityFingerprint(app), owner: "app '\(app.namespace)/\(app.name)'",
                range: app.range))
        }
        for store in model.secretStores where claimCount[store.serviceAccount, default: 0] > 1 {
            let keyword = store.id.isClusterWide ? "clustersecretstore" : "secretstore"
            claims.append(ServiceAccountClaim(
                ref: store.serviceAccount, appName: nil, roleARN: IAMRoleNaming.roleARN(of: store, in: model.cluster),
                fingerprint: nil, owner: "\(keyword) '\(store.id)'", range: store.range))
        }
        // Source order, so the note points at the earlier declaration.
        claims.sort { ($0.range.start, $0.owner) < ($1.range.start, $1.owner) }
        var earlier: [ServiceAccountRef: [ServiceAccountClaim]] = [:]
        var diagnostics: [Diagnostic] = []
        for claim in claims {
            if let first = earlier[claim.ref]?.first(where: { $0.conflicts(with: claim) }) {
                diagnostics.append(conflict(first, claim))
            }
            earlier[claim.ref, default: []].append(claim)
        }
        return diagnostics
    }

    private func conflict(_ first: ServiceAccountClaim, _ second: ServiceAccountClaim) -> Diagnostic {
        if let firstApp = first.appName, let secondApp = second.appName {
            return SemanticDiagnostic.serviceAccountConflict(
                .error, "apps '\(firstApp)' and '\(secondApp)' share serviceaccount '\(second.ref)' with different IAM roles",
                at: second.range, notes: [DiagnosticNote("'\(firstApp)' declared here", at: first.range)],
                hint: "give each app its own serviceaccount, or the same 'iam-role' block")
        }
        return SemanticDiagnostic.serviceAccountConflict(
            .error, "serviceaccount '\(second.ref)' of \(second.owner) already has role '\(first.roleARN ?? "")' from \(first.owner)",
            at: second.range, notes: [DiagnosticNote("role of \(first.owner)", at: first.range)],
            hint: "use separate serviceaccounts, or give both the same role name")
    }

    /// Everything about an app's AWS identity, without source ranges.
    static func identityFingerprint(_ app: App) -> String {
        guard let role = app.iamRole else { return app.identity.rawValue }
        let statements = role.statements.map { statement in
            "\(statement.effect)|\(statement.actions)|\(statement.resources)|"
                + statement.conditions.map { "\($0.operator) \($0.key) \($0.values)" }.joined(separator: ";")
        }
        return "\(app.identity.rawValue)|\(role.explicitName ?? "")|\(role.managedPolicies)|\(statements)|\(role.permissionsBoundary ?? "")"
    }
}

/// One declaration's wish for a ServiceAccount: the app it belongs to and the role it wants.
struct ServiceAccountClaim {
    var ref: ServiceAccountRef
    var appName: String?
    var roleARN: String?
    /// An app's whole AWS identity; nil for a store.
    var fingerprint: String?
    var owner: String
    var range: SourceRange

    func conflicts(with other: ServiceAccountClaim) -> Bool {
        if let mine = fingerprint, let theirs = other.fingerprint { return mine != theirs }
        guard let mine = roleARN, let theirs = other.roleARN else { return false }
        return mine != theirs
    }
}
