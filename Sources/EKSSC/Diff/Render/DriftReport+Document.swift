/// The report as a document, rendered as JSON by `ekssc diff --output json`: the same content
/// as the text form, for machines.
extension DriftReport {
    var document: Document {
        .map([
            "drift": .bool(hasDrift),
            "summary": .string(summary),
            "objects": comparedKubernetes ? .list(objects.map(\.document)) : nil,
            "iamRoles": comparedIAM ? .list(roles.map(\.document)) : nil,
        ])
    }
}

extension ObjectDrift {
    var document: Document {
        .map([
            "apiVersion": .string(key.apiVersion),
            "kind": .string(key.kind),
            "namespace": key.namespace.map(Document.string),
            "name": .string(key.name),
            "status": .string(status.rawValue),
            "diff": diff.isEmpty ? nil : .string(diff.joined(separator: "\n") + "\n"),
            "recreate": recreate.isEmpty ? nil : .strings(recreate),
            "unmanaged": unmanaged.isEmpty ? nil : .list(unmanaged.map { mapping in
                .map(["field": .string(mapping.field), "arn": .string(mapping.arn),
                      "username": mapping.username.map(Document.string)])
            }),
        ])
    }
}

extension RoleDrift {
    var document: Document {
        .map([
            "roleName": .string(roleName),
            "status": .string(status.rawValue),
            "changes": changes.isEmpty ? nil : .list(changes.map { change in
                .map(["part": .string(change.part.rawValue), "diff": .string(change.diff.joined(separator: "\n") + "\n")])
            }),
            "irsaFailures": irsaFailures.isEmpty ? nil : .strings(irsaFailures),
        ])
    }
}
