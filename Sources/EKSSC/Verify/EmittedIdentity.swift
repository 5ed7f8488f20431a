/// The IAM roles and Pod Identity associations one deploy path of a build creates, read back
/// from the rendered files: either the CloudFormation templates (`aws/cloudformation/*.yaml`:
/// every `AWS::IAM::Role` and `AWS::EKS::PodIdentityAssociation`) or the AWS CLI inputs
/// (`iam/<role>/*.json`, `aws/pod-identity-associations/`, only in `--layout per-object`).
///
/// Verification reads each path that is present and proves each on its own (`Verifier`), so
/// whichever path the apply guide's reader follows is the one proven.
struct EmittedIdentity {
    /// `aws/cloudformation/` or `iam/`: where these were read, for findings.
    let origin: String
    /// Trust policies by role name (an unnamed template role by `<template>/<logical id>`).
    var trustPolicies: [String: IAMPolicyEvaluator] = [:]
    /// Inline permission policies by role name (a role's several inline policies as one).
    var permissionPolicies: [String: IAMPolicyEvaluator] = [:]
    /// Managed policy ARNs by role name, sorted.
    var managedPolicies: [String: [String]] = [:]
    /// (namespace, serviceaccount) → role ARN.
    var associations: [ServiceAccountRef: String] = [:]

    init(origin: String) {
        self.origin = origin
    }

    /// The CloudFormation path, or nil when `files` hold no template.
    static func cloudFormation(in files: [OutputFile]) throws(VerifyError) -> EmittedIdentity? {
        let templates = files.filter { $0.path.hasPrefix("aws/cloudformation/") && $0.path.hasSuffix(".yaml") }
        guard !templates.isEmpty else { return nil }
        // The IAM templates hold one role per app: parsed on both cores.
        let parsed = templates.concurrentMap { file -> Result<Document?, VerifyError> in
            do { return .success(try YAMLReader.read(Array(file.contents.utf8)).first) } catch {
                return .failure(.unreadable(path: file.path, reason: "\(error)"))
            }
        }
        var identity = EmittedIdentity(origin: "aws/cloudformation/")
        for (file, result) in zip(templates, parsed) {
            let template: Document?
            switch result {
            case .success(let document): template = document
            case .failure(let error): throw error
            }
            for resource in template?["Resources"]?.entries ?? [] {
                let properties = resource.value["Properties"]
                switch resource.value["Type"]?.stringValue {
                case "AWS::IAM::Role":
                    try identity.addTemplateRole(properties, logicalID: resource.key, path: file.path)
                case "AWS::EKS::PodIdentityAssociation":
                    guard let namespace = properties?["Namespace"]?.stringValue,
                          let name = properties?["ServiceAccount"]?.stringValue,
                          let role = properties?["RoleArn"]?.stringValue else {
                        throw .shape("\(file.path): \(resource.key)", "Namespace, ServiceAccount, RoleArn")
                    }
                    identity.associations[ServiceAccountRef(namespace: namespace, name: name)] = role
                default: continue
                }
            }
        }
        return identity
    }

    /// One `AWS::IAM::Role`'s properties: RoleName, AssumeRolePolicyDocument, every
    /// Policies[].PolicyDocument (their statements together: IAM allows what any of them allows)
    /// and ManagedPolicyArns.
    private mutating func addTemplateRole(_ properties: Document?, logicalID: String, path: String) throws(VerifyError) {
        // Names and places are made only when needed (a template role nearly always has a
        // RoleName, and places are for errors): there is one role per app.
        let name = properties?["RoleName"]?.stringValue
            ?? "\(path.split(separator: "/").last.map { String($0.dropLast(".yaml".count)) } ?? path)/\(logicalID)"
        let at = { "\(path): \(logicalID)" }
        guard let trust = properties?["AssumeRolePolicyDocument"] else { throw .shape(at(), "AssumeRolePolicyDocument") }
        trustPolicies[name] = try IAMPolicyEvaluator(trust, path: at() + ": AssumeRolePolicyDocument")
        if let policies = properties?["Policies"] {
            guard let list = policies.listValue else { throw .shape(at() + ": Policies", "a list of policies") }
            var statements: [Document] = []
            for policy in list {
                guard let document = policy["PolicyDocument"] else { throw .shape(at() + ": Policies", "PolicyDocument") }
                statements += try IAMPolicyEvaluator(document, path: at() + ": PolicyDocument").statements
            }
            permissionPolicies[name] = try IAMPolicyEvaluator(.map(["Statement": .list(statements)]), path: at())
        }
        if let managed = properties?["ManagedPolicyArns"] {
            guard let arns = managed.listValue?.compactMap(\.stringValue), arns.count == managed.listValue?.count else {
                throw .shape(at() + ": ManagedPolicyArns", "a list of ARNs")
            }
            managedPolicies[name] = arns.sorted()
        } else {
            managedPolicies[name] = []
        }
    }

    /// The AWS CLI path, or nil when `files` hold no role folder and no association input.
    static func cliInputs(in files: [OutputFile]) throws(VerifyError) -> EmittedIdentity? {
        var identity = EmittedIdentity(origin: "iam/")
        var found = false
        for file in files {
            let parts = file.path.split(separator: "/").map(String.init)
            let isRoleFile = parts.count == 3 && parts[0] == "iam"
                && ["trust-policy.json", "policy.json", "managed-policies.json"].contains(parts[2])
            guard isRoleFile || file.path.hasPrefix("aws/pod-identity-associations/") else { continue }
            found = true
            let document: Document
            do {
                guard let first = try YAMLReader.read(Array(file.contents.utf8)).first else { continue }
                document = first
            } catch {
                throw .unreadable(path: file.path, reason: "\(error)")
            }
            guard isRoleFile else {
                guard let namespace = document["namespace"]?.stringValue, let name = document["serviceAccount"]?.stringValue,
                      let role = document["roleArn"]?.stringValue else { throw .shape(file.path, "namespace, serviceAccount, roleArn") }
                identity.associations[ServiceAccountRef(namespace: namespace, name: name)] = role
                continue
            }
            switch parts[2] {
            case "trust-policy.json": identity.trustPolicies[parts[1]] = try IAMPolicyEvaluator(document, path: file.path)
            case "policy.json": identity.permissionPolicies[parts[1]] = try IAMPolicyEvaluator(document, path: file.path)
            default:
                guard let arns = document.listValue?.compactMap(\.stringValue), arns.count == document.listValue?.count else {
                    throw .shape(file.path, "a list of ARNs")
                }
                identity.managedPolicies[parts[1]] = arns.sorted()
            }
        }
        return found ? identity : nil
    }
}
