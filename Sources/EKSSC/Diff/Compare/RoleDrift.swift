/// How one IAM role differs between the file and the account.
struct RoleDrift: Sendable, Equatable {
    enum Status: String, Sendable, Equatable, CaseIterable {
        case unchanged
        case toCreate = "to-create"
        case changed
    }

    /// One part of a role that differs.
    struct Change: Sendable, Equatable {
        enum Part: String, Sendable, Equatable, CaseIterable {
            case trustPolicy = "trust-policy"
            case inlinePolicy = "inline-policy"
            case managedPolicies = "managed-policies"
            case permissionsBoundary = "permissions-boundary"
        }

        var part: Part
        /// Unified diff hunks of the normalised documents (live `-`, desired `+`).
        var diff: [String]

        init(part: Part, diff: [String]) {
            self.part = part
            self.diff = diff
        }
    }

    var roleName: String
    var status: Status
    var changes: [Change]
    /// `IRSA will fail for <ns>/<sa>: ...` findings on the live trust policy.
    var irsaFailures: [String]

    init(roleName: String, status: Status, changes: [Change] = [], irsaFailures: [String] = []) {
        self.roleName = roleName
        self.status = status
        self.changes = changes
        self.irsaFailures = irsaFailures
    }

    var isDrift: Bool { status != .unchanged }
}
