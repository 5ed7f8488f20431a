/// Namespace labels that ekssc (or Kubernetes for it) sets and that a `label` line must not
/// override: a user value would silently win over the `pod-security` level, hide objects from
/// `ekssc diff`, or redirect the namespace selectors of the NetworkPolicies.
enum ReservedLabels {
    /// The Pod Security Admission labels (`enforce`, `audit`, `warn` and their versions).
    static let podSecurityPrefix = "pod-security.kubernetes.io/"
    /// The label on every object ekssc emits.
    static let managedBy = "app.kubernetes.io/managed-by"
    /// The label the API server sets to a namespace's name; NetworkPolicies select namespaces by it.
    static let namespaceName = "kubernetes.io/metadata.name"

    /// Why `key` may not be written in a `label`, or nil when it may.
    static func reason(forKey key: String) -> String? {
        if key.hasPrefix(podSecurityPrefix) {
            return "labels under '\(podSecurityPrefix)' are set by 'pod-security'"
        }
        if key == managedBy { return "ekssc sets '\(managedBy)' on every object it writes" }
        if key == namespaceName { return "the API server sets '\(namespaceName)' to the namespace's name" }
        return nil
    }
}
