/// `app` declarations: identity, tier, AWS access and secrets.
extension Analysis {
    func analyzeApps() -> [App] {
        var apps: [App] = []
        var secretNames: [String: SourceRange] = [:]
        // Source order, so that "first declared here" points at the earlier declaration.
        for decl in appDecls {
            let app = notingTemplates(decl.uses, of: "app '\(decl.name.value)'") {
                analyzeApp(decl, secretNames: &secretNames)
            }
            if let app { apps.append(app) }
        }
        checkSharedServiceAccounts(apps)
        return apps.sorted { ($0.namespace, $0.name) < ($1.namespace, $1.name) }
    }

    private func analyzeApp(_ decl: AppDecl, secretNames: inout [String: SourceRange]) -> App? {
        let namespace = decl.namespace.value
        if check(KubernetesNames.subdomain(decl.name.value, what: "app name"), .invalidName, at: decl.name.range) != nil,
           decl.name.value.count > 63 {
            // The name is also a label value (`app.kubernetes.io/name` on the app's ServiceAccount).
            error(.invalidName, "app name '\(decl.name.value)' is longer than 63 characters", at: decl.name.range,
                  hint: "it is the value of the label '\(OutputConventions.appNameLabelKey)', and label values have at most 63")
        }
        requireNamespace(decl.namespace)
        checkDuplicateSettings(decl.settings) { setting in
            switch setting {
            case .serviceAccount: "serviceaccount"
            case .tier: "tier"
            case .identity: "identity"
            case .iamRole: "iam-role"
            case .securityGroups: "security-groups"
            case .secret: nil
            }
        }
        var app = App(name: decl.name.value, namespace: namespace, serviceAccount: .exact(decl.name.value),
                      range: decl.range)
        var identityName: Name?
        var securityGroups: (names: [Name], range: SourceRange)?
        for setting in decl.settings {
            switch setting.value {
            case .serviceAccount(let name):
                if let account = serviceAccountName(name) { app.serviceAccount = account }
            case .tier(let reference):
                app.tier = resolveTier(reference, appNamespace: namespace)
            case .identity(let name):
                identityName = name
                app.identity = choice(name, WorkloadIdentity.self, what: "identity") ?? .irsa
            case .iamRole(let syntax):
                app.iamRole = iamRole(syntax)
            case .securityGroups(let names):
                securityGroups = (names, setting.range)
                securityGroupRanges["\(namespace)/\(decl.name.value)"] = setting.range
                app.securityGroups = names.compactMap {
                    check(AWSIdentifiers.securityGroup($0.value), .invalidSecurityGroup, at: $0.range)
                }
            case .secret(let syntax):
                let key = "\(namespace)/\(syntax.name.value)"
                if let first = secretNames[key], first == syntax.name.range {
                    // The same line twice: a template's secret, in two apps of one namespace.
                    error(.duplicateDeclaration, "duplicate secret '\(key)'", at: syntax.name.range,
                          hint: "each app that uses the template declares this secret; apps of one namespace need their own secret names")
                } else if let first = secretNames[key] {
                    duplicate("secret", key, at: syntax.name.range, first: first)
                } else {
                    secretNames[key] = syntax.name.range
                }
                if let secret = externalSecret(syntax, namespace: namespace) { app.secrets.append(secret) }
            }
        }
        app.secrets.sort { $0.name < $1.name }
        if app.serviceAccount.isPattern {
            if let identityName, app.identity == .podIdentity {
                error(.podIdentityPattern,
                      "'pod-identity' needs an exact serviceaccount, not the pattern '\(app.serviceAccount)'",
                      at: identityName.range, hint: "use 'identity irsa' or name one serviceaccount")
            }
            if let securityGroups {
                error(.securityGroupsPattern,
                      "'security-groups' needs an exact serviceaccount, not the pattern '\(app.serviceAccount)'",
                      at: securityGroups.range, hint: "a SecurityGroupPolicy selects one serviceaccount by name")
            }
        }
        if let securityGroups, securityGroups.names.count > 5 {
            error(.tooManySecurityGroups,
                  "\(securityGroups.names.count) security groups given; a SecurityGroupPolicy takes at most 5",
                  at: securityGroups.range)
        }
        return app
    }

    /// An exact name (a DNS subdomain) or a pattern with `*`/`?`.
    private func serviceAccountName(_ name: Name) -> ServiceAccountName? {
        let text = name.value
        if text.contains("*") || text.contains("?") {
            guard text.allSatisfy({ CharacterClass.isLowerAlnum($0) || "-.*?".contains($0) }) else {
                error(.invalidName, "invalid serviceaccount pattern '\(text)': expected lowercase letters, digits, '-', '.', '*' and '?'",
                      at: name.range)
                return nil
            }
            if text.contains("?") {
                error(.serviceAccountPattern, "serviceaccount pattern '\(text)' may not contain '?'", at: name.range,
                      hint: "write a fixed prefix and one '*', e.g. 'batch-*'")
                return nil
            }
            let prefix = text.prefix { $0 != "*" }
            if prefix.count < Self.minimumPatternPrefix {
                error(.serviceAccountPattern,
                      "serviceaccount pattern '\(text)' admits too many serviceaccounts: it needs at least "
                        + "\(Self.minimumPatternPrefix) fixed characters before '*'",
                      at: name.range, hint: "name the serviceaccount, or write a longer prefix such as 'batch-*'")
                return nil
            }
            return .pattern(text)
        }
        return check(KubernetesNames.serviceAccountName(text), .invalidName, at: name.range)
            .map(ServiceAccountName.exact)
    }

    /// The fixed characters a serviceaccount pattern needs before its first `*`, so that no
    /// pattern admits every serviceaccount of a namespace.
    static let minimumPatternPrefix = 3

    /// Of apps sharing an exact ServiceAccount, only the one whose name labels it (the first by
    /// name) may have security groups: a SecurityGroupPolicy selects the ServiceAccount by that
    /// label. (Whether they agree on the AWS identity is `ServiceAccountRoleCheck`'s rule.)
    private func checkSharedServiceAccounts(_ apps: [App]) {
        // By index, and a group only for a ServiceAccount that a second app names (most have one).
        var first: [ServiceAccountRef: Int] = [:]
        first.reserveCapacity(apps.count)
        var sharing: [ServiceAccountRef: [Int]] = [:]
        for (index, app) in apps.enumerated() {
            guard case .exact(let name) = app.serviceAccount else { continue }
            let ref = ServiceAccountRef(namespace: app.namespace, name: name)
            if let earlier = first[ref] {
                sharing[ref, default: [earlier]].append(index)
            } else {
                first[ref] = index
            }
        }
        // In the order the ServiceAccounts first appear.
        for (ref, group) in sharing.sorted(by: { $0.value[0] < $1.value[0] }) {
            guard let owner = group.map({ apps[$0] }).min(by: { $0.name < $1.name }) else { continue }
            for app in group.map({ apps[$0] }) where app.name != owner.name {
                guard let groups = securityGroupRanges[app.namespace + "/" + app.name] else { continue }
                error(.sharedServiceAccountSecurityGroups,
                      "app '\(app.name)' shares serviceaccount '\(ref)' with app '\(owner.name)'; its security groups would not apply",
                      at: groups, notes: [DiagnosticNote("the serviceaccount is labelled for '\(owner.name)' declared here",
                                                         at: owner.range)],
                      hint: "give '\(app.name)' its own serviceaccount, or declare the security groups on '\(owner.name)'")
            }
        }
    }
}
