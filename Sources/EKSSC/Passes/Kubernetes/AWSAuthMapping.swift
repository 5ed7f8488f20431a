/// One entry of aws-auth's `mapRoles` or `mapUsers`.
struct AWSAuthMapping: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case nodeRole, role, user
    }

    /// The username aws-auth gives nodes, filled in from the instance's private DNS name.
    static let nodeUsername = "system:node:{{EC2PrivateDNSName}}"
    /// The groups that let a node bootstrap and then act as a node.
    static let nodeGroups = ["system:bootstrappers", "system:nodes"]

    var kind: Kind
    /// Path-less for roles.
    var arn: String
    var username: String
    var groups: [String]

    /// `{rolearn|userarn, username, groups}`; `groups` left out when empty.
    var document: Document {
        .map([
            (kind == .user ? "userarn" : "rolearn"): .string(arn),
            "username": .string(username),
            "groups": .nonEmptyStrings(groups),
        ])
    }
}
