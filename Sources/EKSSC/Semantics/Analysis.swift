import Dispatch

/// The state of one semantic analysis run: the declarations collected by name, the values
/// resolved so far, and the diagnostics found. Used once, by `SemanticAnalyzer.analyze`.
///
/// The work is split by concern into extensions (`Analysis+Cluster.swift`, ...); `run()` orders
/// the phases so that everything a phase looks up has been collected before it.
final class Analysis {
    let syntax: SourceFileSyntax
    var diagnostics: [Diagnostic] = []

    // Declarations by identity (the first of duplicates).
    var clusterDecl: ClusterDecl?
    var namespaceDecls: [String: NamespaceDecl] = [:]
    var tierDecls: [TierID: TierDecl] = [:]
    /// Every tier id by tier name, sorted: the candidates of an unqualified reference.
    var tiersByName: [String: [TierID]] = [:]
    var storeDecls: [SecretStoreID: SecretStoreDecl] = [:]
    var roleDecls: [RBACRoleRef: RoleDecl] = [:]
    var appDecls: [AppDecl] = []
    var flowDecls: [FlowDecl] = []
    var mappingDecls: [MappingDecl] = []
    var nodesDecls: [NodesDecl] = []
    var storageDecls: [StorageClassDecl] = []

    // Resolved facts used by later phases.
    var cluster: Cluster?
    var clusterRegion: String?
    var clusterAccount: String?
    var usedStores: Set<SecretStoreID> = []
    /// Tiers that some flow names as its destination.
    var reachedTiers: Set<TierID> = []
    /// Every mapped principal (`ARN.principalIdentity`) and where it was first mapped.
    var mappedPrincipals: [String: (arn: ARN, range: SourceRange)] = [:]
    /// The `security-groups` line of each app (`namespace/name`) that has one.
    var securityGroupRanges: [String: SourceRange] = [:]
    var bindings: [BindingKey: (subjects: Set<RBACSubject>, range: SourceRange)] = [:]
    /// What declared clusterroles add to the built-in admin, edit and view (`aggregate-to`).
    var builtInAggregatedRules: [String: [RBACRule]] = [:]

    /// `managedPolicyARN`'s validations by text (the cluster's partition is checked per use).
    var managedPolicyARNs: [String: Validated<(arn: ARN, text: String)>] = [:]

    /// A RoleBinding (namespace set) or ClusterRoleBinding (nil) of one role.
    struct BindingKey: Hashable {
        var role: RBACRoleRef
        var namespace: String?
    }

    /// Every `${name}` substituted in `syntax` (ownership checks who uses a team's constants).
    let constantUses: [ConstantUse]

    init(_ syntax: SourceFileSyntax, constantUses: [ConstantUse] = []) {
        self.syntax = syntax
        self.constantUses = constantUses
    }

    /// A copy of `other`'s declarations and resolved facts with no diagnostics: a phase that
    /// runs beside `other` on another thread records into it.
    private init(forking other: Analysis) {
        syntax = other.syntax
        constantUses = other.constantUses
        clusterDecl = other.clusterDecl
        namespaceDecls = other.namespaceDecls
        tierDecls = other.tierDecls
        tiersByName = other.tiersByName
        storeDecls = other.storeDecls
        roleDecls = other.roleDecls
        appDecls = other.appDecls
        flowDecls = other.flowDecls
        mappingDecls = other.mappingDecls
        nodesDecls = other.nodesDecls
        storageDecls = other.storageDecls
        cluster = other.cluster
        clusterRegion = other.clusterRegion
        clusterAccount = other.clusterAccount
        usedStores = other.usedStores
        reachedTiers = other.reachedTiers
        mappedPrincipals = other.mappedPrincipals
        securityGroupRanges = other.securityGroupRanges
        bindings = other.bindings
        builtInAggregatedRules = other.builtInAggregatedRules
        managedPolicyARNs = other.managedPolicyARNs
    }

    /// What the phases run side by side in `run()` return.
    private final class PhaseResults {
        var flows: [Flow] = []
        var stores: [SecretStore] = []
        var apps: [App] = []
    }

    /// Runs every phase; returns a model built from whatever was valid (the caller discards it
    /// when there are errors).
    func run() -> SecurityModel? {
        collectDeclarations()
        checkOwnership()
        analyzeCluster()
        let namespaces = analyzeNamespaces()
        let tiers = analyzeTiers()
        // Flows depend only on what is collected by now, and nothing later reads what they
        // record but `checkTierReachability`: a fork analyses them on another core while this
        // one does the stores and apps. Its diagnostics go where a sequential run puts them.
        let flowAnalysis = Analysis(forking: self)
        let flowsEnd = diagnostics.count
        let results = PhaseResults()
        let phases = UncheckedSendable((self, flowAnalysis, results))
        DispatchQueue.concurrentPerform(iterations: 2) { phase in
            let (analysis, flowAnalysis, results) = phases.value
            if phase == 0 {
                results.flows = flowAnalysis.analyzeFlows()
            } else {
                results.stores = analysis.analyzeSecretStores()
                results.apps = analysis.analyzeApps()
            }
        }
        diagnostics.insert(contentsOf: flowAnalysis.diagnostics, at: flowsEnd)
        reachedTiers.formUnion(flowAnalysis.reachedTiers)
        let (flows, stores, apps) = (results.flows, results.stores, results.apps)
        let roles = analyzeRoles()
        let principals = analyzeMappings()
        let nodeRoles = analyzeNodes()
        let storageClasses = analyzeStorageClasses()
        checkTierReachability(tiers: tiers, flows: flows)
        checkStoreUsage(stores)
        checkStoreConditions(stores, apps: apps, namespaces: namespaces)
        guard let cluster else { return nil }
        let rbacBindings = bindings
            .map { key, value in
                RBACBinding(role: key.role, namespace: key.namespace, subjects: value.subjects.sorted(),
                            range: value.range)
            }
            .sorted { ($0.role, $0.namespace ?? "") < ($1.role, $1.namespace ?? "") }
        var model = SecurityModel(
            cluster: cluster, namespaces: namespaces, tiers: tiers, flows: flows, apps: apps,
            secretStores: stores, rbacRoles: roles, rbacBindings: rbacBindings, principals: principals,
            nodeRoles: nodeRoles, storageClasses: storageClasses)
        model.builtInAggregatedRules = builtInAggregatedRules
        return model
    }

    // MARK: - reporting

    func error(_ kind: SemanticDiagnostic, _ message: String, at range: SourceRange,
               notes: [DiagnosticNote] = [], hint: String? = nil) {
        diagnostics.append(kind(.error, message, at: range, notes: notes, hint: hint))
    }

    func warning(_ kind: SemanticDiagnostic, _ message: String, at range: SourceRange,
                 notes: [DiagnosticNote] = [], hint: String? = nil) {
        diagnostics.append(kind(.warning, message, at: range, notes: notes, hint: hint))
    }

    /// The validated value, or nil after reporting the failure as an error at `name`.
    func check<Value>(_ result: Validated<Value>, _ kind: SemanticDiagnostic, at range: SourceRange) -> Value? {
        switch result {
        case .success(let value):
            return value
        case .failure(let failure):
            error(kind, failure.message, at: range, hint: failure.hint)
            return nil
        }
    }

    /// A validated ARN that is also in the cluster's partition (`arn:aws-cn:` for a `cn-*`
    /// cluster...): an ARN of another partition names nothing the cluster can use. Every ARN the
    /// analyzer validates goes through here (Swift picks this overload for `Validated<ARN>`).
    func check(_ result: Validated<ARN>, _ kind: SemanticDiagnostic, at range: SourceRange) -> ARN? {
        switch result {
        case .failure(let failure):
            error(kind, failure.message, at: range, hint: failure.hint)
            return nil
        case .success(let arn):
            return checkPartition(arn.partition.rawValue, of: arn.description, at: range) ? arn : nil
        }
    }

    /// Whether `partition` (of the ARN `text`) is the cluster's; reports the mismatch otherwise.
    /// True while the cluster's region is unknown.
    func checkPartition(_ partition: String, of text: String, at range: SourceRange) -> Bool {
        guard let clusterRegion else { return true }
        let expected = Partition.of(region: clusterRegion).rawValue
        guard partition != expected else { return true }
        let hint = text.hasPrefix("arn:")
            ? "write 'arn:\(expected):\(text.dropFirst("arn:\(partition):".count))'"
            : "IRSA credentials of the cluster are valid in its own partition only"
        error(.partitionMismatch,
              "'\(text)' is in partition '\(partition)', but the cluster's region '\(clusterRegion)' is in '\(expected)'",
              at: range, hint: hint)
        return false
    }

    /// The case of `E` spelled `name`, or nil after reporting `unknown <what> 'x'` with the
    /// accepted words and the closest one.
    func choice<E: RawRepresentable & CaseIterable>(_ name: Name, _ type: E.Type, what: String) -> E?
    where E.RawValue == String {
        if let value = E(rawValue: name.value) { return value }
        let words = E.allCases.map(\.rawValue)
        error(.unknownWord, "unknown \(what) '\(name.value)': expected \(Analysis.list(words))", at: name.range,
              hint: Suggestion.didYouMean(name.value, among: words))
        return nil
    }

    /// Reports each setting whose key (nil: may repeat) was already given in the same block.
    func checkDuplicateSettings<Setting>(_ settings: [Located<Setting>], key: (Setting) -> String?) {
        // A block has a handful of keyed settings: a list searched in order beats hashing.
        var first: [(key: String, range: SourceRange)] = []
        for setting in settings {
            guard let key = key(setting.value) else { continue }
            if let earlier = first.first(where: { $0.key == key }) {
                error(.duplicateSetting, "duplicate setting '\(key)'", at: setting.range,
                      notes: [DiagnosticNote("first set here", at: earlier.range)])
            } else {
                first.append((key, setting.range))
            }
        }
    }

    /// Whether `name` is a declared namespace; reports `undefined namespace` otherwise.
    @discardableResult
    func requireNamespace(_ name: Name) -> Bool {
        if namespaceDecls[name.value] != nil { return true }
        error(.undefinedNamespace, "undefined namespace '\(name.value)'", at: name.range,
              hint: Suggestion.didYouMean(name.value, among: namespaceDecls.keys)
                ?? "declare it with 'namespace \(name.value)'")
        return false
    }

    /// Reports a duplicate declaration with a note at the first one.
    func duplicate(_ what: String, _ name: String, at range: SourceRange, first: SourceRange) {
        error(.duplicateDeclaration, "duplicate \(what) '\(name)'", at: range,
              notes: [DiagnosticNote("first declared here", at: first)])
    }

    /// `a, b or c`
    static func list(_ words: [String]) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " or " + words[words.count - 1]
    }
}

/// Carries the analyses of `Analysis.run()` into `concurrentPerform`: each thread works on its
/// own `Analysis` and writes its own field of the results, and all of them outlive the call.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}
