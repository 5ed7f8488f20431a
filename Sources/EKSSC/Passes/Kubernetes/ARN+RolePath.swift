extension ARN {
    /// The components of an IAM role resource, `role/teams/dev/admin` → `["teams", "dev", "admin"]`;
    /// nil for anything that is not a role.
    private var roleComponents: [Substring]? {
        let parts = resource.split(separator: "/", omittingEmptySubsequences: true)
        guard parts.count >= 2, parts[0] == "role" else { return nil }
        return Array(parts.dropFirst())
    }

    /// The role's name without its path (`admin`), or the whole resource for a non-role ARN.
    var roleName: String {
        roleComponents?.last.map(String.init) ?? resource
    }

    /// The role's path (`/teams/dev/`), or nil when the ARN is not a role or has no path.
    var rolePath: String? {
        guard let components = roleComponents, components.count > 1 else { return nil }
        return "/" + components.dropLast().joined(separator: "/") + "/"
    }

    /// The same role without its path (`role/admin`); any other ARN unchanged.
    var withoutRolePath: ARN {
        guard rolePath != nil else { return self }
        var copy = self
        copy.resource = "role/" + roleName
        return copy
    }
}
