/// Lowers every declared namespace to a `Namespace` object.
///
/// With `pod-security LEVEL [version V]`, the namespace gets the three Pod Security Admission
/// modes (enforce, audit, warn) at the same level and version, so violations are rejected and
/// also audited and shown to the user. The namespace's own labels are added; `ObjectMeta` sorts
/// all labels by key.
struct NamespacePass: LoweringPass {
    /// The label prefix of Pod Security Admission.
    static let podSecurityPrefix = ReservedLabels.podSecurityPrefix

    init() {}

    func run(_ model: SecurityModel) -> PassOutput {
        PassOutput(manifests: model.namespaces.map(manifest(for:)))
    }

    func manifest(for namespace: Namespace) -> NamespaceManifest {
        var labels = namespace.labels
        if let level = namespace.podSecurity {
            for mode in ["enforce", "audit", "warn"] {
                labels.append(Label(key: Self.podSecurityPrefix + mode, value: level.rawValue))
                labels.append(Label(key: Self.podSecurityPrefix + mode + "-version", value: namespace.podSecurityVersion))
            }
        }
        return NamespaceManifest(metadata: .managed(name: namespace.name, labels: labels))
    }
}
