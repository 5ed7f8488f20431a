/// For every subject bound in the file or in the emitted bindings, the verbs it has on every
/// resource the file's roles name (and a few it never should), in every declared namespace and
/// at cluster scope: what the emitted RBAC objects grant against what the file's roles and
/// bindings declare.
struct RBACVerification {
    let model: SecurityModel
    let emitted: RBACEvaluator

    func run() -> [VerifyFinding] {
        // Aggregated clusterroles (and the built-in admin, edit, view) with what aggregation adds.
        let declared = RBACEvaluator(bindings: model.rbacBindings.map { binding in
            RBACEvaluator.Binding(namespace: binding.namespace, subjects: binding.subjects,
                                  rules: model.grantedRules(of: binding.role).map {
                                      .init(verbs: $0.verbs, apiGroups: $0.apiGroups, resources: $0.resources,
                                            resourceNames: $0.resourceNames, nonResourceURLs: $0.nonResourceURLs)
                                  })
        })
        // Every verb any role names, on every resource (and name) and URL any role names, plus
        // verbs and resources nobody should have.
        var verbs: Set<String> = ["delete", "escalate", "get"]
        var targets: Set<RBACEvaluator.Request> = [
            .init(verb: "", group: "", resource: "secrets"),
            .init(verb: "", group: "rbac.authorization.k8s.io", resource: "clusterroles"),
        ]
        var urls: Set<String> = []
        for role in model.rbacRoles {
            for rule in role.effectiveRules {
                verbs.formUnion(rule.verbs.map { $0 == "*" ? "deletecollection" : $0 })
                urls.formUnion(rule.nonResourceURLs)
                for group in rule.apiGroups.map({ $0 == "*" ? "example.com" : $0 }) {
                    for resource in rule.resources.map({ $0 == "*" ? "widgets" : $0 }) {
                        targets.insert(.init(verb: "", group: group, resource: resource))
                        for name in rule.resourceNames { targets.insert(.init(verb: "", group: group, resource: resource, name: name)) }
                    }
                }
            }
        }
        var requests: Set<RBACEvaluator.Request> = []
        for verb in verbs {
            for var target in targets {
                target.verb = verb
                requests.insert(target)
            }
            for url in urls { requests.insert(.init(verb: verb, group: "", resource: "", nonResourceURL: url)) }
        }
        var subjects = Set(model.rbacBindings.flatMap(\.subjects))
        subjects.formUnion(emitted.bindings.flatMap(\.subjects))
        let scopes: [String?] = [nil] + Set(model.namespaces.map(\.name)).union(["ekssc-verify-outside"]).sorted().map { $0 }
        var findings: [VerifyFinding] = []
        let sortedRequests = requests.map { (request: $0, text: $0.description) }.sorted { $0.text < $1.text }.map(\.request)
        for subject in subjects.sorted() {
            let emittedForSubject = emitted.restricted(to: subject), declaredForSubject = declared.restricted(to: subject)
            // In a namespace none of the subject's bindings names, only its cluster-wide bindings
            // count (in both views), so every such namespace answers alike: evaluated once, not
            // once per namespace (subjects x namespaces grew quadratically with the teams).
            let bound = Set((emittedForSubject.bindings + declaredForSubject.bindings).compactMap(\.namespace))
            var unbound: [(request: RBACEvaluator.Request, allowed: Bool)]?
            for scope in scopes {
                let differences: [(request: RBACEvaluator.Request, allowed: Bool)]
                if let scope, !bound.contains(scope), let known = unbound {
                    differences = known
                } else {
                    differences = sortedRequests.compactMap { request in
                        guard scope == nil || request.nonResourceURL == nil else { return nil }
                        let isAllowed = emittedForSubject.allows(subject, request, in: scope)
                        let isDeclared = declaredForSubject.allows(subject, request, in: scope)
                        return isAllowed == isDeclared ? nil : (request, isAllowed)
                    }
                    if let scope, !bound.contains(scope) { unbound = differences }
                }
                for (request, isAllowed) in differences {
                    let binding = model.rbacBindings.first { $0.subjects.contains(subject) }
                    findings.append(VerifyFinding(
                        kind: .rbac, from: Self.name(subject), to: scope ?? "(cluster)", what: request.description,
                        declared: !isAllowed, allowed: isAllowed,
                        source: binding?.range ?? model.cluster.range))
                }
            }
        }
        return findings
    }

    static func name(_ subject: RBACSubject) -> String {
        switch subject {
        case .user(let name): "user:\(name)"
        case .group(let name): "group:\(name)"
        case .serviceAccount(let ref): "system:serviceaccount:\(ref.namespace):\(ref.name)"
        }
    }
}
