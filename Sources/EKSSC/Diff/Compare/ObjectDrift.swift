/// How one Kubernetes object differs between the file and the cluster.
struct ObjectDrift: Sendable, Equatable {
    enum Status: String, Sendable, Equatable, CaseIterable {
        /// Declared and live, equal after normalisation.
        case unchanged
        /// Declared, not live.
        case toCreate = "to-create"
        /// Declared and live, different.
        case changed
        /// Live, labelled `app.kubernetes.io/managed-by: ekssc`, no longer declared.
        case orphaned
    }

    var key: ObjectKey
    var status: Status
    /// For `changed`: the unified diff hunks of the normalised YAML (live `-`, desired `+`).
    var diff: [String]
    /// For `changed`: fields the API server cannot change in place, each with what to do.
    var recreate: [String]
    /// For aws-auth: live entries the file does not declare.
    var unmanaged: [UnmanagedMapping]

    init(key: ObjectKey, status: Status, diff: [String] = [], recreate: [String] = [],
                unmanaged: [UnmanagedMapping] = []) {
        self.key = key
        self.status = status
        self.diff = diff
        self.recreate = recreate
        self.unmanaged = unmanaged
    }

    /// Whether applying the file would change this object (or someone should delete it).
    var isDrift: Bool { status != .unchanged }
}
