/// `role` / `clusterrole`: rules and the subjects bound on the role side.
extension Analysis {
    func analyzeRoles() -> [RBACRole] {
        var aggregation = PendingAggregation()
        let roles = roleDecls.sorted { $0.key < $1.key }.map { ref, decl in
            notingTemplates(decl.uses, of: "\(decl.isClusterRole ? "clusterrole" : "role") '\(decl.name.value)'") {
                analyzeRole(ref, decl, aggregation: &aggregation)
            }
        }
        return resolveAggregation(roles, aggregation)
    }

    private func analyzeRole(_ ref: RBACRoleRef, _ decl: RoleDecl, aggregation: inout PendingAggregation) -> RBACRole {
        if BuiltInRoles.isReserved(decl.name.value, isClusterRole: decl.isClusterRole) {
            let keyword = decl.isClusterRole ? "clusterrole" : "role"
            error(.builtInRole, "\(keyword) '\(decl.name.value)' would replace a built-in Kubernetes role", at: decl.name.range,
                  hint: BuiltInRoles.bindableClusterRoles.contains(decl.name.value)
                    ? "to grant it, bind the built-in from a user or iam-role: 'bind \(decl.name.value) [in NAMESPACE]'"
                    : "names starting with 'system:' belong to the control plane; choose another name")
        } else {
            _ = check(KubernetesNames.subdomain(decl.name.value, what: "role name"), .invalidName, at: decl.name.range)
        }
        if let namespace = decl.namespace { requireNamespace(namespace) }
        var role = RBACRole(name: ref.name, namespace: ref.namespace, rules: [], range: decl.range)
        for setting in decl.settings {
            switch setting.value {
            case .rule(let rule):
                role.rules += rules(rule, in: decl, at: setting.range)
            case .bind(let subject, let namespace):
                bindOnRole(decl, ref: ref, subject: subject, namespace: namespace)
            case .aggregateTo(let targets):
                if aggregationNeedsClusterRole(decl, at: setting.range) { aggregation.targets[ref, default: []] += targets }
            case .aggregate(let labels):
                if aggregationNeedsClusterRole(decl, at: setting.range), let selector = aggregationSelector(labels) {
                    role.aggregationSelectors.append(selector)
                    aggregation.selectorRanges[ref] = aggregation.selectorRanges[ref] ?? setting.range
                }
            }
        }
        return role
    }

    /// One source `allow` line: one rule per API group it names, plus one for non-resource URLs.
    private func rules(_ syntax: RuleSyntax, in decl: RoleDecl, at range: SourceRange) -> [RBACRule] {
        var verbs: [String] = []
        for verb in syntax.verbs {
            if let failure = RBACVerbs.verb(verb.value).failure {
                warning(.unknownVerb, failure.message, at: verb.range, hint: failure.hint)
            }
            if !verbs.contains(verb.value) { verbs.append(verb.value) }
        }
        let names = syntax.resourceNames.map(\.value)
        var groups: [String] = []
        var resourcesByGroup: [String: [String]] = [:]
        var urls: [String] = []
        for resource in syntax.resources {
            let text = resource.value
            if text.hasPrefix("/") {
                if decl.isClusterRole {
                    if !urls.contains(text) { urls.append(text) }
                } else {
                    error(.nonResourceURLInRole, "non-resource URL '\(text)' in a namespaced role", at: resource.range,
                          hint: "non-resource URLs are cluster-wide: declare a clusterrole")
                }
                continue
            }
            let (group, name) = Analysis.splitResource(text)
            guard !name.isEmpty else {
                error(.invalidValue, "invalid resource '\(text)': expected 'resource[.group][/subresource]'",
                      at: resource.range)
                continue
            }
            if resourcesByGroup[group] == nil { groups.append(group) }
            if !(resourcesByGroup[group] ?? []).contains(name) { resourcesByGroup[group, default: []].append(name) }
        }
        var rules = groups.map { group in
            RBACRule(verbs: verbs, apiGroups: [group], resources: resourcesByGroup[group] ?? [], resourceNames: names,
                     range: range)
        }
        if !urls.isEmpty { rules.append(RBACRule(verbs: verbs, nonResourceURLs: urls, range: range)) }
        return rules
    }

    /// `pods` → ("", pods); `deployments.apps` → (apps, deployments); `deployments.apps/scale`
    /// → (apps, deployments/scale); `*` → (*, *); `*.apps` → (apps, *).
    static func splitResource(_ text: String) -> (group: String, resource: String) {
        if text == "*" { return ("*", "*") }
        let slash = text.firstIndex(of: "/")
        let head = slash.map { String(text[..<$0]) } ?? text
        let sub = slash.map { String(text[$0...]) } ?? ""
        guard let dot = head.firstIndex(of: ".") else { return ("", head + sub) }
        return (String(head[head.index(after: dot)...]), String(head[..<dot]) + sub)
    }

    /// `bind user|group|serviceaccount ... [in NAMESPACE]` inside a role.
    private func bindOnRole(_ decl: RoleDecl, ref: RBACRoleRef, subject: SubjectSyntax, namespace: Name?) {
        let bindingNamespace: String?
        if let own = decl.namespace {
            if let namespace {
                error(.bindNamespaceOnRole, "a role is bound in its own namespace '\(own.value)'; 'in' is for a clusterrole",
                      at: namespace.range, hint: "remove 'in \(namespace.value)'")
                return
            }
            bindingNamespace = own.value
        } else if let namespace {
            guard requireNamespace(namespace) else { return }
            bindingNamespace = namespace.value
        } else {
            bindingNamespace = nil
        }
        guard let kind = choice(subject.kind, SubjectKind.self, what: "subject kind") else { return }
        let resolved: RBACSubject
        switch kind {
        case .user:
            resolved = .user(subject.name.value)
        case .group:
            resolved = .group(subject.name.value)
        case .serviceaccount:
            _ = check(KubernetesNames.serviceAccountName(subject.name.value), .invalidName,
                      at: subject.name.range)
            if let namespace = subject.namespace {
                guard requireNamespace(namespace) else { return }
            }
            guard let accountNamespace = subject.namespace?.value ?? bindingNamespace else {
                error(.subjectNeedsNamespace, "serviceaccount '\(subject.name.value)' needs a namespace", at: subject.range,
                      hint: "write 'serviceaccount NAMESPACE/\(subject.name.value)'")
                return
            }
            resolved = .serviceAccount(ServiceAccountRef(namespace: accountNamespace, name: subject.name.value))
        }
        addBinding(role: ref, namespace: bindingNamespace, subject: resolved, at: subject.range)
    }

    func addBinding(role: RBACRoleRef, namespace: String?, subject: RBACSubject, at range: SourceRange) {
        let key = BindingKey(role: role, namespace: namespace)
        if var existing = bindings[key] {
            existing.subjects.insert(subject)
            existing.range = min(existing.range, range)
            bindings[key] = existing
        } else {
            bindings[key] = ([subject], range)
        }
    }
}
