/// One difference between what the emitted artifacts allow and what the file declares, with
/// the concrete case that shows it and the declaration it concerns.
public struct VerifyFinding: Sendable, Hashable, Comparable {
    /// Whether the finding is about network reachability, IAM or RBAC.
    public enum Kind: String, Sendable, Hashable, Comparable {
        case network, identity, rbac
        /// Orders by name.
        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// What kind of permission differs.
    public var kind: Kind
    /// The source endpoint or principal: `storefront/catalog`, `system:serviceaccount:ns:sa`.
    public var from: String
    /// The destination endpoint or resource.
    public var to: String
    /// What was tried: `TCP 6379`, `sts:AssumeRoleWithWebIdentity`, `get secrets`.
    public var what: String
    /// Whether the source declares it.
    public var declared: Bool
    /// Whether the emitted files allow it.
    public var allowed: Bool
    /// The declaration concerned (a flow, a tier, an app), for `file:line:col`.
    public var source: SourceRange

    init(kind: Kind, from: String, to: String, what: String, declared: Bool, allowed: Bool, source: SourceRange) {
        self.kind = kind
        self.from = from
        self.to = to
        self.what = what
        self.declared = declared
        self.allowed = allowed
        self.source = source
    }

    /// `storefront/catalog -> data/cache TCP 6379 is allowed but not declared`
    public var counterexample: String {
        let verdict = allowed ? "is allowed but not declared" : "is declared but not allowed"
        return "\(from) -> \(to) \(what) \(verdict)"
    }

    /// Orders by kind, then endpoints and what.
    public static func < (lhs: VerifyFinding, rhs: VerifyFinding) -> Bool {
        (lhs.kind, lhs.from, lhs.to, lhs.what) < (rhs.kind, rhs.from, rhs.to, rhs.what)
    }
}

/// Everything `ekssc verify` found; empty findings mean the artifacts allow exactly what the
/// file declares (under the assumptions in the README).
public struct VerifyReport: Sendable {
    /// Sorted.
    public var findings: [VerifyFinding]
    /// Per namespace, the declared-and-allowed connections (`from -> to: ports`), sorted: the
    /// matrix the text report prints.
    public var allowedConnections: [String: [String]]
    /// How many connection probes were evaluated.
    public var probes: Int

    /// Whether nothing differs.
    public var passed: Bool { findings.isEmpty }
}
