/// One IAM role as the account has it, read from the aws CLI's JSON.
struct LiveRole: Sendable, Equatable {
    var roleName: String
    var trustPolicy: Document
    /// The inline policy named `ekssc` (`IAMComparison.inlinePolicyName`); nil when absent.
    var inlinePolicy: Document?
    /// Sorted.
    var managedPolicyARNs: [String]
    var permissionsBoundary: String?

    init(roleName: String, trustPolicy: Document, inlinePolicy: Document?, managedPolicyARNs: [String],
                permissionsBoundary: String? = nil) {
        self.roleName = roleName
        self.trustPolicy = trustPolicy
        self.inlinePolicy = inlinePolicy
        self.managedPolicyARNs = managedPolicyARNs.sorted()
        self.permissionsBoundary = permissionsBoundary
    }

    /// The role from the outputs of `get-role`, `list-attached-role-policies` (nil: none
    /// attached) and `get-role-policy` (nil: no inline policy). `source` names them in messages.
    static func parse(roleName: String, getRole: Document, attachedPolicies: Document?,
                             rolePolicy: Document?, source: String) throws(DiffError) -> LiveRole {
        guard let role = getRole["Role"], case .map = role else {
            throw DiffError("'\(source)': get-role output has no 'Role' object")
        }
        guard let trust = PolicyNormalizer.decode(role["AssumeRolePolicyDocument"]) else {
            throw DiffError("'\(source)': get-role output has no readable 'AssumeRolePolicyDocument'")
        }
        var managed: [String] = []
        if let attachedPolicies {
            guard let list = attachedPolicies["AttachedPolicies"]?.listValue else {
                throw DiffError("'\(source)': list-attached-role-policies output has no 'AttachedPolicies' list")
            }
            managed = list.compactMap { $0["PolicyArn"]?.stringValue }
        }
        var inline: Document?
        if let rolePolicy {
            guard let document = PolicyNormalizer.decode(rolePolicy["PolicyDocument"]) else {
                throw DiffError("'\(source)': get-role-policy output has no readable 'PolicyDocument'")
            }
            inline = document
        }
        return LiveRole(roleName: roleName, trustPolicy: trust, inlinePolicy: inline, managedPolicyARNs: managed,
                        permissionsBoundary: role["PermissionsBoundary"]?["PermissionsBoundaryArn"]?.stringValue)
    }
}
