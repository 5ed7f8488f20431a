/// Evaluates every emitted trust policy against every declared ServiceAccount (and one
/// undeclared ServiceAccount per namespace), and every emitted permission policy against every
/// declared secret and parameter, and compares with what the file declares: a role is assumable
/// by exactly its app's (or store's) ServiceAccount, a store role reads exactly the secrets
/// declared against its store, and no role reads a secret of another app.
struct IdentityVerification {
    let model: SecurityModel
    /// The trust and inline permission policies of one deploy path (the CloudFormation
    /// templates' `AWS::IAM::Role`s, or per-object `iam/<role>/*.json`), by role name.
    let trustPolicies: [String: IAMPolicyEvaluator]
    let permissionPolicies: [String: IAMPolicyEvaluator]
    /// (namespace, serviceaccount) → role ARN, from the same path's Pod Identity associations.
    let associations: [ServiceAccountRef: String]

    /// A ServiceAccount a token can be issued for, and the role the file gives it.
    struct Subject {
        var account: ServiceAccountRef
        var owner: (role: String, range: SourceRange)?
    }

    func run() -> [VerifyFinding] {
        var findings: [VerifyFinding] = []
        let cluster = model.cluster
        // `pattern`: the ServiceAccount name or pattern as written (what a subject's name is globbed against).
        var owners: [(pattern: String, namespace: String, role: String, range: SourceRange)] = []
        // Each app's role name (nil: none), worked out once for both comparisons.
        let appRoles = model.apps.map { IAMRoleNaming.roleName(of: $0, in: cluster) }
        for (app, role) in zip(model.apps, appRoles) {
            if let role { owners.append((app.serviceAccount.description, app.namespace, role, app.range)) }
        }
        for store in model.secretStores {
            owners.append((ServiceAccountName.exact(store.serviceAccount.name).description, store.serviceAccount.namespace,
                           IAMRoleNaming.roleName(of: store, in: cluster), store.range))
        }
        // Declared ServiceAccounts (a pattern by one name it matches) and one stranger per namespace.
        var subjects: [ServiceAccountRef] = owners.map { owner in
            ServiceAccountRef(namespace: owner.namespace, name: String(owner.pattern.flatMap { character in
                character == "*" ? ["x", "1"] : character == "?" ? ["x"] : [character]
            }))
        }
        for namespace in Set(owners.map(\.namespace)).sorted() {
            subjects.append(ServiceAccountRef(namespace: namespace, name: "ekssc-verify-other"))
        }
        let host = cluster.oidcProviderHostPath
        let providerARN = cluster.oidcProviderARN, subKey = "\(host):sub", audKey = "\(host):aud", knownPrefixes = [host + ":"]
        let allSubjects = Set(subjects).sorted()
        var subjectByClaim: [String: ServiceAccountRef] = [:]
        for subject in allSubjects { subjectByClaim["system:serviceaccount:\(subject.namespace):\(subject.name)"] = subject }
        // Indexes instead of scans per role (10,000 roles made those scans quadratic): owners by
        // role, subjects by namespace, Pod Identity associations by role ARN.
        var ownersByRole: [String: [Int]] = [:]
        for (position, owner) in owners.enumerated() { ownersByRole[owner.role, default: []].append(position) }
        var subjectsByNamespace: [String: [ServiceAccountRef]] = [:]
        for subject in allSubjects { subjectsByNamespace[subject.namespace, default: []].append(subject) }
        var associatedByRoleARN: [String: [ServiceAccountRef]] = [:]
        for (account, arn) in associations { associatedByRoleARN[arn, default: []].append(account) }
        for (role, trust) in trustPolicies.sorted(by: { $0.key < $1.key }) {
            let roleARN = cluster.roleARN(role)
            let roleOwners = (ownersByRole[role] ?? []).map { owners[$0] }
            // Only subjects whose claim a positive `sub` condition can match (and the role's own)
            // can be allowed; every other subject is evaluated only when some Allow lacks one.
            var candidates = allSubjects
            if let patterns = trust.positiveValues(ofKeySuffix: ":sub") {
                var chosen: Set<ServiceAccountRef> = []
                for pattern in patterns {
                    if pattern.utf8.contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") }) {
                        chosen.formUnion(subjectByClaim.filter { IAMPolicyEvaluator.glob(pattern, matches: $0.key, ignoringCase: false) }.values)
                    } else if let subject = subjectByClaim[pattern] {
                        chosen.insert(subject)
                    }
                }
                for owner in roleOwners {
                    chosen.formUnion((subjectsByNamespace[owner.namespace] ?? []).filter {
                        IAMPolicyEvaluator.glob(owner.pattern, matches: $0.name, ignoringCase: false) })
                }
                chosen.formUnion(associatedByRoleARN[roleARN] ?? [])
                candidates = chosen.sorted()
            }
            for subject in candidates {
                let claims = "system:serviceaccount:\(subject.namespace):\(subject.name)"
                let webIdentity = trust.evaluate(.init(
                    principal: ("Federated", providerARN), action: "sts:AssumeRoleWithWebIdentity",
                    resource: nil, context: [subKey: claims, audKey: "sts.amazonaws.com"],
                    knownKeyPrefixes: knownPrefixes))
                let podIdentity = associations[subject] == roleARN
                    && trust.evaluate(.init(principal: ("Service", "pods.eks.amazonaws.com"), action: "sts:AssumeRole",
                                            resource: nil, context: [:])) == .allow
                let owner = roleOwners.first { owner in
                    owner.namespace == subject.namespace
                        && IAMPolicyEvaluator.glob(owner.pattern, matches: subject.name, ignoringCase: false)
                }
                let declared = owner != nil
                let allowed = webIdentity != .implicitDeny && webIdentity != .explicitDeny || podIdentity
                guard declared != allowed else { continue }
                let range = owner?.range ?? roleOwners.first?.range ?? cluster.range
                findings.append(VerifyFinding(
                    kind: .identity, from: claims, to: "role/\(role)",
                    what: podIdentity ? "sts:AssumeRole (Pod Identity)" : "sts:AssumeRoleWithWebIdentity" + Self.note(webIdentity),
                    declared: declared, allowed: allowed, source: range))
            }
        }
        findings += secretFindings(owners: owners.map { ($0.role, $0.range) }, appRoles: appRoles)
        return findings
    }

    /// Every declared secret or parameter against every permission policy. `appRoles`: each
    /// app's role name (nil: none), by position in `model.apps`.
    func secretFindings(owners: [(role: String, range: SourceRange)], appRoles: [String?]) -> [VerifyFinding] {
        let cluster = model.cluster
        var findings: [VerifyFinding] = []
        /// The roles of the apps that declare a secret with this key.
        var appRoleOfKey: [String: Set<String>] = [:]
        for (app, role) in zip(model.apps, appRoles) {
            guard let role else { continue }
            for secret in app.secrets { for key in secret.remoteKeys { appRoleOfKey[key, default: []].insert(role) } }
        }
        // Policies by the fixed beginning of their allowed resources: a resource is looked up
        // under each of its own prefixes instead of tested against every policy.
        let policies = permissionPolicies.sorted { $0.key < $1.key }
        var byPrefix: [String: Set<Int>] = [:]
        byPrefix.reserveCapacity(policies.count)
        for (index, entry) in policies.enumerated() {
            for prefix in entry.value.allowedResourcePrefixes { byPrefix[prefix, default: []].insert(index) }
        }
        let prefixLengths = Set(byPrefix.keys.map(\.count)).sorted()
        var policyIndex: [String: Int] = [:]
        for (index, entry) in policies.enumerated() { policyIndex[entry.key] = index }
        var firstOwnerRange: [String: SourceRange] = [:]
        for owner in owners where firstOwnerRange[owner.role] == nil { firstOwnerRange[owner.role] = owner.range }
        let readsByStore = SecretStoreAccessPolicy.readsByStore(in: model)
        for store in model.secretStores {
            let storeRole = IAMRoleNaming.roleName(of: store, in: cluster)
            let region = store.region
            let storePolicy = policyIndex[storeRole]
            // Every declared key, and one name under every `extract prefix` as its representative.
            let reads = readsByStore[store.id]
            let keys = (reads?.keys ?? []) + (reads?.prefixes ?? []).map { $0 + "any-secret" }
            for key in keys.sorted() {
                let (action, resource): (String, String) = switch store.provider {
                case .secretsManager:
                    ("secretsmanager:GetSecretValue",
                     "arn:\(cluster.partition.rawValue):secretsmanager:\(region):\(cluster.account):secret:\(key)-AbC123")
                case .parameterStore:
                    ("ssm:GetParameter",
                     "arn:\(cluster.partition.rawValue):ssm:\(region):\(cluster.account):parameter/\(key.hasPrefix("/") ? String(key.dropFirst()) : key)")
                }
                var candidates: Set<Int> = []
                if resource.utf8.allSatisfy({ $0 < 0x80 }) {
                    // Only prefixes as long as some policy's can be one of them.
                    for length in prefixLengths where length <= resource.utf8.count {
                        candidates.formUnion(byPrefix[String(resource.prefix(length))] ?? [])
                    }
                } else {
                    var prefix = ""
                    for character in resource {
                        candidates.formUnion(byPrefix[prefix] ?? [])
                        prefix.append(character)
                    }
                    candidates.formUnion(byPrefix[prefix] ?? [])
                }
                if let own = storePolicy { candidates.insert(own) }
                for index in candidates.sorted() {
                    let (role, policy) = policies[index]
                    let decision = policy.evaluate(.init(principal: nil, action: action, resource: resource, context: [:]))
                    let allowed = decision != .implicitDeny && decision != .explicitDeny
                    // The store's role must read it; any other role must not, except an app's own
                    // role reading its own secret through a statement the file wrote.
                    let declared = role == storeRole
                    let tolerated = !declared && (appRoleOfKey[key]?.contains(role) ?? false)
                    guard allowed != declared, !tolerated else { continue }
                    findings.append(VerifyFinding(
                        kind: .identity, from: "role/\(role)", to: resource, what: action + Self.note(decision),
                        declared: declared, allowed: allowed,
                        source: firstOwnerRange[role] ?? store.range))
                }
            }
        }
        return findings
    }

    static func note(_ decision: IAMPolicyEvaluator.Decision) -> String {
        if case .mayAllow(let keys) = decision { return " (may allow: depends on \(keys.joined(separator: ", ")))" }
        return ""
    }
}
