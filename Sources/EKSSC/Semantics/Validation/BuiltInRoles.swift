/// The ClusterRoles every Kubernetes cluster has: the user-facing ones (`cluster-admin`,
/// `admin`, `edit`, `view`) and the `system:` ones the control plane reconciles.
///
/// A declaration of one of these names would overwrite the built-in on apply, so it is an error;
/// binding the user-facing ones (`bind view in shop`) refers to the built-in without declaring it.
enum BuiltInRoles {
    /// The user-facing built-in ClusterRoles, which a mapping may bind without declaring them.
    static let bindableClusterRoles: Set<String> = ["admin", "cluster-admin", "edit", "view"]

    /// Names reserved for the control plane's roles and bindings.
    static let systemPrefix = "system:"

    /// Whether declaring a role (`isClusterRole`) or cluster role of this name would replace a built-in.
    static func isReserved(_ name: String, isClusterRole: Bool) -> Bool {
        name.hasPrefix(systemPrefix) || (isClusterRole && bindableClusterRoles.contains(name))
    }
}
