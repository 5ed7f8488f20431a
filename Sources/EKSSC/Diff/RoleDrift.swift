/// How one IAM role differs between the file and the account.
public struct RoleDrift: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable, CaseIterable {
        case unchanged
        case toCreate = "to-create"
        case changed
    }

    /// One part of a role that differs.
    public struct Change: Sendable, Equatable {
        public enum Part: String, Sendable, Equatable, CaseIterable {
            case trustPolicy = "trust-policy"
            case inlinePolicy = "inline-policy"
            case managedPolicies = "managed-policies"
            case permissionsBoundary = "permissions-boundary"
        }

        public var part: Part
        /// Unified diff hunks of the normalised documents (live `-`, desired `+`).
        public var diff: [String]

        public init(part: Part, diff: [String]) {
            self.part = part
            self.diff = diff
        }
    }

    public var roleName: String
    public var status: Status
    public var changes: [Change]
    /// `IRSA will fail for <ns>/<sa>: ...` findings on the live trust policy.
    public var irsaFailures: [String]

    public init(roleName: String, status: Status, changes: [Change] = [], irsaFailures: [String] = []) {
        self.roleName = roleName
        self.status = status
        self.changes = changes
        self.irsaFailures = irsaFailures
    }

    public var isDrift: Bool { status != .unchanged }
}
