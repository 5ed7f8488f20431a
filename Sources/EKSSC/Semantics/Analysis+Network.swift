/// Namespaces, tiers and flows: the network half of the model.
extension Analysis {
    func analyzeNamespaces() -> [Namespace] {
        namespaceDecls.values.sorted { $0.name.value < $1.name.value }.map { decl in
            _ = check(KubernetesNames.label(decl.name.value, what: "namespace name"), .invalidName, at: decl.name.range)
            checkDuplicateSettings(decl.settings) { setting in
                switch setting {
                case .podSecurity: "pod-security"
                case .isolation: "isolation"
                case .label: nil
                }
            }
            var namespace = Namespace(name: decl.name.value, range: decl.range)
            var labels: [String: (label: Label, range: SourceRange)] = [:]
            for setting in decl.settings {
                switch setting.value {
                case .podSecurity(let level, let version):
                    namespace.podSecurity = choice(level, PodSecurityLevel.self, what: "pod-security level")
                    if let version {
                        if version.value == "latest" || NamePatterns.isPodSecurityVersion(version.value) {
                            namespace.podSecurityVersion = version.value
                        } else {
                            error(.invalidValue, "invalid pod-security version '\(version.value)': expected 'latest' or 'v1.<minor>'",
                                  at: version.range)
                        }
                    }
                case .label(let syntax):
                    guard let label = label(syntax) else { continue }
                    if let reason = ReservedLabels.reason(forKey: label.key) {
                        error(.reservedLabel, "label '\(label.key)' is owned by ekssc: \(reason)", at: syntax.key.range,
                              hint: label.key.hasPrefix(ReservedLabels.podSecurityPrefix)
                                ? "use 'pod-security LEVEL [version V]'" : "remove this label")
                        continue
                    }
                    if let first = labels[label.key] {
                        error(.duplicateSetting, "duplicate label '\(label.key)'", at: syntax.key.range,
                              notes: [DiagnosticNote("first set here", at: first.range)])
                    } else {
                        labels[label.key] = (label, syntax.key.range)
                    }
                case .isolation(let word):
                    namespace.isolated = choice(word, OnOff.self, what: "isolation setting")?.isOn ?? true
                }
            }
            namespace.labels = labels.values.map(\.label).sorted()
            return namespace
        }
    }

    /// A validated label, or nil after reporting the bad key or value.
    func label(_ syntax: LabelSyntax) -> Label? {
        let key = check(KubernetesNames.labelKey(syntax.key.value), .invalidLabel, at: syntax.key.range)
        let value = check(KubernetesNames.labelValue(syntax.value.value), .invalidLabel, at: syntax.value.range)
        guard let key, let value else { return nil }
        return Label(key: key, value: value)
    }

    func analyzeTiers() -> [Tier] {
        tierDecls.sorted { $0.key < $1.key }.map { id, decl in
            _ = check(KubernetesNames.label(decl.name.value, what: "tier name"), .invalidName, at: decl.name.range)
            requireNamespace(decl.namespace)
            checkDuplicateSettings(decl.settings) { setting in
                switch setting {
                case .select: "select"
                case .dns: "dns"
                case .aws: "aws"
                case .ingress: "ingress"
                case .match: nil
                }
            }
            var tier = Tier(id: id, selector: [Label(key: "app", value: decl.name.value)], range: decl.range)
            for setting in decl.settings {
                switch setting.value {
                case .select(let labels):
                    tier.selector = Array(Set(labels.compactMap(label))).sorted()
                case .dns(let word):
                    tier.dns = choice(word, OnOff.self, what: "dns setting")?.isOn ?? true
                case .aws(let word):
                    tier.aws = choice(word, OnOff.self, what: "aws setting")?.isOn ?? true
                case .ingress(let word):
                    if choice(word, IngressSetting.self, what: "ingress setting") == IngressSetting.none {
                        tier.acceptsIngress = false
                    }
                case .match(let key, let op, let values):
                    guard let op = choice(op, LabelExpression.Operator.self, what: "match operator"),
                          let key = check(KubernetesNames.labelKey(key.value), .invalidLabel, at: key.range) else { continue }
                    let checked = values.compactMap { check(KubernetesNames.labelValue($0.value), .invalidLabel, at: $0.range) }
                    guard checked.count == values.count else { continue }
                    tier.expressions.append(LabelExpression(key: key, operator: op, values: Array(Set(checked)).sorted()))
                }
            }
            tier.expressions.sort()
            return tier
        }
    }

    /// Resolves `name` or `ns/name`. With `appNamespace`, the tier must be in that namespace
    /// (an unqualified name is looked up there first).
    func resolveTier(_ reference: TierReference, appNamespace: String? = nil) -> TierID? {
        let name = reference.name.value
        let candidates = tiersByName[name] ?? []
        let resolved: TierID
        if let namespace = reference.namespace {
            let id = TierID(namespace: namespace.value, name: name)
            guard tierDecls[id] != nil else {
                error(.undefinedTier, "undefined tier '\(id)'", at: reference.range,
                      hint: Suggestion.didYouMean(id.description, among: tierDecls.keys.map(\.description)))
                return nil
            }
            resolved = id
        } else if let appNamespace, let local = candidates.first(where: { $0.namespace == appNamespace }) {
            resolved = local
        } else if candidates.count > 1 && appNamespace == nil {
            let names = candidates.map { "'\($0)'" }.joined(separator: ", ")
            error(.ambiguousTier, "tier '\(name)' is ambiguous: it is declared as \(names)", at: reference.range,
                  notes: candidates.compactMap { tierDecls[$0].map { DiagnosticNote("candidate declared here", at: $0.name.range) } },
                  hint: "write the tier as 'NAMESPACE/\(name)'")
            return nil
        } else if let only = candidates.first {
            resolved = only
        } else {
            error(.undefinedTier, "undefined tier '\(name)'", at: reference.range,
                  hint: Suggestion.didYouMean(name, among: tiersByName.keys))
            return nil
        }
        if let appNamespace, resolved.namespace != appNamespace {
            error(.tierOutsideNamespace,
                  "tier '\(resolved)' is not in the app's namespace '\(appNamespace)'", at: reference.range,
                  notes: tierDecls[resolved].map { [DiagnosticNote("tier declared here", at: $0.name.range)] } ?? [])
            return nil
        }
        return resolved
    }

    func analyzeFlows() -> [Flow] {
        var flows: [Flow] = []
        for decl in flowDecls {
            let source = endpoint(decl.source)
            let destination = endpoint(decl.destination)
            if case .cidr = decl.source, case .cidr = decl.destination {
                error(.cidrOnlyFlow, "a flow between two CIDRs says nothing about the cluster's pods", at: decl.range,
                      hint: "one end of a flow must be a tier")
            }
            // Gathered in a list, made sorted and unique once below (no set per flow).
            var ports: [PortRule] = []
            func insert(_ rule: PortRule) { ports.append(rule) }
            for port in decl.ports {
                guard let proto = check(PortValidators.networkProtocol(port.protocol.value), .invalidProtocol,
                                        at: port.protocol.range) else { continue }
                if let word = port.port {
                    if let value = check(PortValidators.port(word.value), .invalidPort, at: word.range) {
                        insert(PortRule(protocol: proto, port: value))
                    }
                } else {
                    insert(PortRule(protocol: proto, port: nil))
                }
            }
            if case .namespace(let namespace)? = destination {
                reachedTiers.formUnion(tierDecls.keys.filter { $0.namespace == namespace })
            } else if case .namespaces? = destination {
                // Which namespaces carry the labels is only known with the model: count them all.
                reachedTiers.formUnion(tierDecls.keys)
            } else if let tier = destination?.tier {
                reachedTiers.insert(tier)
            } else if destination == nil, case .tier(let reference) = decl.destination {
                // The flow was meant for some tier: do not also call its likely target unreachable.
                let name = reference.name.value
                let meant = [name] + (Suggestion.closest(to: name, among: tiersByName.keys).map { [$0] } ?? [])
                reachedTiers.formUnion(meant.flatMap { tiersByName[$0] ?? [] })
            }
            guard let source, let destination else { continue }
            if let tier = source.tier, source == destination {
                warning(.selfFlow, "flow from tier '\(tier)' to itself", at: decl.range,
                        hint: "pods of a tier reach each other only through such a flow; remove it if that is not intended")
            }
            ports.sort()
            var unique: [PortRule] = []
            unique.reserveCapacity(ports.count)
            for rule in ports where unique.last != rule { unique.append(rule) }
            flows.append(Flow(source: source, destination: destination, ports: unique, range: decl.range))
        }
        // By source, destination, then ports (each endpoint compared once per step).
        return flows.sorted { a, b in
            if a.source != b.source { return a.source < b.source }
            if a.destination != b.destination { return a.destination < b.destination }
            return a.ports.lexicographicallyPrecedes(b.ports)
        }
    }

    private func endpoint(_ syntax: FlowEndpointSyntax) -> FlowEndpoint? {
        switch syntax {
        case .tier(let reference):
            return resolveTier(reference).map(FlowEndpoint.tier)
        case .namespace(let name, _):
            return requireNamespace(name) ? .namespace(name.value) : nil
        case .namespacesWhere(let syntax, _):
            let labels = syntax.compactMap(label)
            guard labels.count == syntax.count else { return nil }
            return .namespaces(where: Array(Set(labels)).sorted())
        case .cidr(let name, let except, _):
            let main = cidr(name)
            var carved: [String] = []
            for name in except {
                guard let inner = cidr(name) else { continue }
                if let main, !main.contains(inner) || inner == main {
                    error(.exceptOutsideCIDR, "except CIDR '\(name.value)' is not inside '\(main)'", at: name.range)
                } else {
                    carved.append(inner.description)
                }
            }
            guard let main else { return nil }
            return .cidr(IPBlock(cidr: main.description, except: Array(Set(carved)).sorted()))
        }
    }

    /// Warns about tiers that no flow reaches (egress-only tiers excepted); rejects flows into
    /// an `ingress none` tier. A flow with an error elsewhere still counts, so one mistake does
    /// not cascade.
    func checkTierReachability(tiers: [Tier], flows: [Flow]) {
        let egressOnly = Set(tiers.filter { !$0.acceptsIngress }.map(\.id))
        for flow in flows {
            guard let destination = flow.destination.tier, egressOnly.contains(destination) else { continue }
            error(.flowIntoEgressOnlyTier, "flow into tier '\(destination)', which says 'ingress none'", at: flow.range,
                  notes: tierDecls[destination].map { [DiagnosticNote("tier declared here", at: $0.name.range)] } ?? [],
                  hint: "remove the flow, or the tier's 'ingress none'")
        }
        for tier in tiers where !reachedTiers.contains(tier.id) && tier.acceptsIngress {
            guard let decl = tierDecls[tier.id] else { continue }
            warning(.unreachableTier, "no flow goes to tier '\(tier.id)'", at: decl.name.range,
                    hint: "its pods accept no traffic; add a flow to it if they serve anything")
        }
    }
}
