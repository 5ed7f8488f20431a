/// The report as text for people: one block per object or role that is not unchanged, then
/// the one-line summary.
extension DriftReport {
    /// The report as `ekssc diff` prints it.
    public var text: String {
        var out = ""
        for object in objects {
            switch object.status {
            case .unchanged:
                break
            case .toCreate:
                out += "+ \(object.key): to create\n"
            case .orphaned:
                out += "- \(object.key): orphaned (labelled managed-by ekssc, no longer declared; delete it)\n"
            case .changed:
                out += "~ \(object.key): changed\n"
                out += "--- live\n+++ desired\n"
                out += object.diff.map { $0 + "\n" }.joined()
                out += object.recreate.map { "! \($0)\n" }.joined()
            }
            for mapping in object.unmanaged where mapping.arn.isEmpty {
                out += "? \(object.key): unmanaged data key '\(mapping.field)'\n"
            }
            for mapping in object.unmanaged where !mapping.arn.isEmpty {
                out += "? \(object.key): unmanaged \(mapping.field) entry '\(mapping.arn)'"
                    + (mapping.username.map { " (username '\($0)')" } ?? "") + "\n"
            }
        }
        for role in roles {
            switch role.status {
            case .unchanged:
                break
            case .toCreate:
                out += "+ IAM role \(role.roleName): to create\n"
            case .changed:
                out += "~ IAM role \(role.roleName): changed\n"
                for change in role.changes {
                    out += "--- live \(change.part.rawValue)\n+++ desired \(change.part.rawValue)\n"
                    out += change.diff.map { $0 + "\n" }.joined()
                }
            }
            out += role.irsaFailures.map { "! \($0)\n" }.joined()
        }
        return out + summary + "\n"
    }
}
