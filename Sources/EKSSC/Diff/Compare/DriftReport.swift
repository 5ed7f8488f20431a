/// Everything `ekssc diff` found: Kubernetes objects and IAM roles, each with its status.
public struct DriftReport: Sendable, Equatable {
    /// Sorted by object key; empty when no live Kubernetes state was given.
    var objects: [ObjectDrift]
    /// In role-name order; empty when no live IAM state was given.
    var roles: [RoleDrift]
    /// Whether each side was compared at all (the summary says which were skipped).
    public var comparedKubernetes: Bool
    /// Whether live IAM was compared.
    public var comparedIAM: Bool

    init(objects: [ObjectDrift] = [], roles: [RoleDrift] = [], comparedKubernetes: Bool = true,
                comparedIAM: Bool = true) {
        self.objects = objects
        self.roles = roles
        self.comparedKubernetes = comparedKubernetes
        self.comparedIAM = comparedIAM
    }

    /// Compares a build with whatever live state is given (nil: that side is not compared).
    static func compare(_ artifacts: BuildArtifacts, liveObjects: [Document]?,
                               liveRoles: [String: LiveRole?]?) -> DriftReport {
        DriftReport(
            objects: liveObjects.map { KubernetesComparison.compare(desired: artifacts.manifests, live: $0) } ?? [],
            roles: liveRoles.map { IAMComparison.compare(desired: artifacts.iamRoles, live: $0) } ?? [],
            comparedKubernetes: liveObjects != nil, comparedIAM: liveRoles != nil)
    }

    /// Any object or role to create, change or delete, or any IRSA failure.
    public var hasDrift: Bool {
        objects.contains(where: \.isDrift) || roles.contains { $0.isDrift || !$0.irsaFailures.isEmpty }
    }

    /// Number of objects with each status.
    func count(_ status: ObjectDrift.Status) -> Int {
        objects.filter { $0.status == status }.count
    }

    func count(_ status: RoleDrift.Status) -> Int {
        roles.filter { $0.status == status }.count
    }

    /// All unmanaged aws-auth entries.
    var unmanagedMappings: [UnmanagedMapping] { objects.flatMap(\.unmanaged) }

    /// The one-line summary, e.g.
    /// `drift: objects 9 unchanged, 1 to create, 2 changed, 1 orphaned; IAM roles 2 unchanged, 1 changed`.
    public var summary: String {
        var parts: [String] = []
        if comparedKubernetes {
            let counts = ObjectDrift.Status.allCases.map { (status: $0, count: count($0)) }.filter { $0.count > 0 }
            parts.append("objects " + (counts.isEmpty ? "none"
                : counts.map { "\($0.count) \($0.status.rawValue.replacingHyphens)" }.joined(separator: ", ")))
            let unmanaged = unmanagedMappings.count
            if unmanaged > 0 { parts[parts.count - 1] += ", \(unmanaged) unmanaged aws-auth entr\(unmanaged == 1 ? "y" : "ies")" }
        }
        if comparedIAM {
            let counts = RoleDrift.Status.allCases.map { (status: $0, count: count($0)) }.filter { $0.count > 0 }
            var text = "IAM roles " + (counts.isEmpty ? "none"
                : counts.map { "\($0.count) \($0.status.rawValue.replacingHyphens)" }.joined(separator: ", "))
            let failures = roles.reduce(0) { $0 + $1.irsaFailures.count }
            if failures > 0 { text += ", \(failures) IRSA failure\(failures == 1 ? "" : "s")" }
            parts.append(text)
        }
        return (hasDrift ? "drift: " : "no drift: ") + parts.joined(separator: "; ")
    }
}

extension String {
    /// `to-create` → `to create`, for prose.
    var replacingHyphens: String { split(separator: "-").joined(separator: " ") }
}
