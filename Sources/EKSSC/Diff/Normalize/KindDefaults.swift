/// The API server's (and the CRDs') defaults and the order-free lists, per kind ekssc emits.
///
/// Applied to both sides: a default fills a field only when it is absent, so the live side,
/// which already carries it, is unchanged, and a release that no longer defaults a field still
/// compares equal.
enum KindDefaults {
    static let rbacGroup = "rbac.authorization.k8s.io"

    static func apply(to object: Document, group: String, kind: String) -> Document {
        switch (group, kind) {
        case ("", "Namespace"): namespace(object)
        case ("", "ServiceAccount"): object.removing(["secrets"])
        case ("networking.k8s.io", "NetworkPolicy"): networkPolicy(object)
        case ("rbac.authorization.k8s.io", "Role"), ("rbac.authorization.k8s.io", "ClusterRole"): role(object)
        case ("rbac.authorization.k8s.io", "RoleBinding"), ("rbac.authorization.k8s.io", "ClusterRoleBinding"):
            binding(object)
        case ("storage.k8s.io", "StorageClass"): storageClass(object)
        case ("external-secrets.io", "ExternalSecret"): externalSecret(object)
        case ("external-secrets.io", "SecretStore"), ("external-secrets.io", "ClusterSecretStore"):
            object.updating("spec.provider.aws") { $0.settingDefault("sessionTagsPolicy", .string("None")) }
        default: object
        }
    }

    /// The `kubernetes` finalizer the server puts in every namespace's spec.
    static func namespace(_ object: Document) -> Document {
        object
            .updating("spec.finalizers") { $0 == .strings(["kubernetes"]) ? nil : $0 }
            .updating("spec") { $0 == .map([]) ? nil : $0 }
    }

    /// `ports[].protocol: TCP`, `policyTypes` inferred, and every rule list compared as a set.
    static func networkPolicy(_ object: Document) -> Document {
        var result = object.updating("spec") { spec in
            guard spec["policyTypes"] == nil else { return spec }
            let hasEgress = !(spec["egress"]?.listValue ?? []).isEmpty
            return spec.setting("policyTypes", .strings(hasEgress ? ["Ingress", "Egress"] : ["Ingress"]))
        }
        result = result.updating("spec") { $0.settingDefault("podSelector", .map([])) }
        for (rules, peers) in [("ingress", "from"), ("egress", "to")] {
            result = result
                .updating("spec.\(rules).[].ports.[]") { $0.settingDefault("protocol", .string("TCP")) }
                .updating("spec.\(rules).[].\(peers).[].ipBlock.except") { $0.asSortedSet }
                .updating("spec.\(rules).[].ports") { $0.asSortedSet }
                .updating("spec.\(rules).[].\(peers)") { $0.asSortedSet }
                .updating("spec.\(rules)") { $0.asSortedSet }
        }
        return result.updating("spec.policyTypes") { $0.asSortedSet }
    }

    /// Rules and their verbs, groups and resources are sets.
    static func role(_ object: Document) -> Document {
        var result = object
        for field in ["verbs", "apiGroups", "resources", "resourceNames", "nonResourceURLs"] {
            result = result.updating("rules.[].\(field)") { $0.asSortedSet }
        }
        return result.updating("rules") { $0.asSortedSet }
    }

    /// `apiGroup` defaults on roleRef and subjects; subjects are a set.
    static func binding(_ object: Document) -> Document {
        object
            .updating("roleRef") { $0.settingDefault("apiGroup", .string(rbacGroup)) }
            .updating("subjects.[]") { subject in
                switch subject["kind"]?.stringValue {
                case "User", "Group":
                    return subject.settingDefault("apiGroup", .string(rbacGroup))
                case "ServiceAccount":
                    return subject["apiGroup"] == .string("") ? subject.removing(["apiGroup"]) : subject
                default:
                    return subject
                }
            }
            .updating("subjects") { $0.asSortedSet }
    }

    static func storageClass(_ object: Document) -> Document {
        object
            .settingDefault("reclaimPolicy", .string("Delete"))
            .settingDefault("volumeBindingMode", .string("Immediate"))
    }

    /// ESO's defaults: target policies, refresh interval (compared as a duration), store kind,
    /// and the remoteRef strategies that older releases fill in.
    static func externalSecret(_ object: Document) -> Document {
        let strategies: [(String, String)] = [
            ("conversionStrategy", "Default"), ("decodingStrategy", "None"), ("metadataPolicy", "None"),
        ]
        func withStrategies(_ reference: Document) -> Document {
            strategies.reduce(reference) { $0.settingDefault($1.0, .string($1.1)) }
        }
        return object
            .updating("spec") { spec in
                spec.settingDefault("refreshInterval", .string("1h0m0s"))
                    .settingDefault("target", .map([]))
            }
            .updating("spec.refreshInterval") { value in
                value.stringValue.flatMap(GoDuration.init).map { .string($0.canonicalText) } ?? value
            }
            .updating("spec.target") { target in
                target.settingDefault("creationPolicy", .string("Owner"))
                    .settingDefault("deletionPolicy", .string("Retain"))
            }
            .updating("spec.secretStoreRef") { $0.settingDefault("kind", .string("SecretStore")) }
            .updating("spec.data.[].remoteRef", withStrategies)
            .updating("spec.dataFrom.[].extract", withStrategies)
            .updating("spec.data") { $0.asSortedSet }
    }
}
