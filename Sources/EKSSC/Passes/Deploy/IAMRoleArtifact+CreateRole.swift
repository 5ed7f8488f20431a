/// What an IAM role says about itself in AWS: description and tags, the same on the CLI path
/// (`iam/<role>/role.json`) and in the CloudFormation template.
extension IAMRoleArtifact {
    /// `Managed by ekssc for ServiceAccount default/app`: ASCII, far below IAM's 1,000 characters.
    var description: String {
        guard let serviceAccount else { return "Managed by ekssc" }
        return "Managed by ekssc for ServiceAccount \(serviceAccount)"
    }

    /// `managed-by: ekssc`, and `ekssc/service-account: ns/name` (shortened to IAM's 256
    /// characters with a hash, `OutputConventions.tagValue`) when the role is for one. Tag
    /// values may not hold `*`, so a pattern (`reindex-*`) is tagged by its part before the first
    /// wildcard under `ekssc/service-account-prefix`.
    var tags: [(key: String, value: String)] {
        var tags = [(key: "managed-by", value: "ekssc")]
        guard let serviceAccount else { return tags }
        let reference = serviceAccount.description
        if let wildcard = reference.firstIndex(where: { $0 == "*" || $0 == "?" }) {
            tags.append((key: "ekssc/service-account-prefix", value: OutputConventions.tagValue(String(reference[..<wildcard]))))
        } else {
            tags.append((key: "ekssc/service-account", value: OutputConventions.tagValue(serviceAccount.description)))
        }
        return tags
    }

    /// The input of `aws iam create-role --cli-input-json file://role.json
    /// --assume-role-policy-document file://trust-policy.json`: the trust policy stays in its own
    /// file, readable, and is passed beside the input (command-line values complete the input).
    var createRoleInput: Document {
        .map([
            "RoleName": .string(roleName),
            "Description": .string(description),
            "PermissionsBoundary": permissionsBoundary.map(Document.string),
            "Tags": .list(tags.map { .map(["Key": .string($0.key), "Value": .string($0.value)]) }),
        ])
    }
}
