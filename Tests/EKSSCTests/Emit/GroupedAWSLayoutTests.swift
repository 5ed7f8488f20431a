import Testing
@testable import EKSSC

/// The grouped layout gives the AWS side only as CloudFormation templates. What it leaves out
/// (`iam/<role>/`, access entries and policies, Pod Identity associations) must be in a template,
/// exactly: every role of every kind with its trust policy, inline policy and managed policies;
/// every access entry with its access policies; every association.
@Suite struct GroupedAWSLayoutTests {
    /// A per-object file the grouped layout leaves out because a template covers it.
    static func isCLIInputCoveredByATemplate(_ file: OutputFile) -> Bool {
        file.path.hasPrefix("iam/") || file.path.hasPrefix("aws/access-entries/")
            || file.path.hasPrefix("aws/access-policies/") || file.path.hasPrefix("aws/pod-identity-associations/")
    }

    /// Every resource of every template in `files`, by type, as (logical id, properties).
    static func resources(_ files: [OutputFile], type: String) throws -> [(id: String, properties: Document)] {
        var found: [(id: String, properties: Document)] = []
        for file in files where file.path.hasPrefix("aws/cloudformation/") {
            for resource in try YAMLReader.read(Array(file.contents.utf8)).first?["Resources"]?.entries ?? []
            where resource.value["Type"]?.stringValue == type {
                found.append((resource.key, resource.value["Properties"] ?? .null))
            }
        }
        return found
    }

    static func json(_ files: [OutputFile], _ path: String) throws -> Document? {
        guard let file = files.first(where: { $0.path == path }) else { return nil }
        return try YAMLReader.read(Array(file.contents.utf8)).first
    }

    @Test(arguments: Examples.all)
    func everyRoleIsInATemplateExactlyAsInIAM(_ example: String) throws {
        let artifacts = try Examples.artifacts(example)
        let perObject = try OutputLayout.files(for: artifacts, layout: .perObject)
        let grouped = try OutputLayout.files(for: artifacts, layout: .grouped)
        #expect(!grouped.contains { $0.path.hasPrefix("iam/") })
        var templateRoles: [String: Document] = [:]
        for role in try Self.resources(grouped, type: "AWS::IAM::Role") {
            guard let name = role.properties["RoleName"]?.stringValue else { continue }  // monitoring's own role
            #expect(templateRoles.updateValue(role.properties, forKey: name) == nil, "\(name) twice")
        }
        #expect(templateRoles.keys.sorted() == artifacts.iamRoles.map(\.roleName))
        for role in artifacts.iamRoles {
            let properties = try #require(templateRoles[role.roleName])
            let folder = "iam/\(role.roleName)/"
            #expect(properties["AssumeRolePolicyDocument"] == (try Self.json(perObject, folder + "trust-policy.json")))
            let inline = properties["Policies"]?.listValue?.compactMap { $0["PolicyDocument"] } ?? []
            let file = try Self.json(perObject, folder + "policy.json")
            #expect(inline == (file.map { [$0] } ?? []), "\(role.roleName): inline policy")
            let managed = properties["ManagedPolicyArns"] ?? .list([])
            #expect(managed == (try Self.json(perObject, folder + "managed-policies.json")), "\(role.roleName): managed")
            let input = try #require(try Self.json(perObject, folder + "role.json"))
            #expect(properties["Description"] == input["Description"] && properties["Tags"] == input["Tags"]
                && properties["PermissionsBoundary"] == input["PermissionsBoundary"], "\(role.roleName)")
        }
    }

    @Test(arguments: Examples.all)
    func everyAccessEntryAndAssociationIsInTheEKSTemplateExactly(_ example: String) throws {
        let artifacts = try Examples.artifacts(example)
        let perObject = try OutputLayout.files(for: artifacts, layout: .perObject)
        let grouped = try OutputLayout.files(for: artifacts, layout: .grouped)
        #expect(!grouped.contains { Self.isCLIInputCoveredByATemplate($0) })

        // create-access-entry and associate-access-policy inputs, as the template's properties.
        var entries: [String: Document] = [:]
        for file in perObject where file.path.hasPrefix("aws/access-entries/") {
            let input = try #require(try Self.json(perObject, file.path))
            let principal = try #require(input["principalArn"]?.stringValue)
            entries[principal] = .map([
                "ClusterName": input["clusterName"], "PrincipalArn": input["principalArn"], "Type": input["type"],
                "Username": input["username"], "KubernetesGroups": input["kubernetesGroups"],
            ])
        }
        var policies: [String: [Document]] = [:]
        for file in perObject where file.path.hasPrefix("aws/access-policies/") {
            let input = try #require(try Self.json(perObject, file.path))
            let scope = try #require(input["accessScope"])
            policies[try #require(input["principalArn"]?.stringValue), default: []].append(.map([
                "PolicyArn": input["policyArn"],
                "AccessScope": .map(["Type": scope["type"], "Namespaces": scope["namespaces"]]),
            ]))
        }
        let templateEntries = try Self.resources(grouped, type: "AWS::EKS::AccessEntry")
        #expect(templateEntries.count == entries.count)
        for entry in templateEntries {
            let principal = try #require(entry.properties["PrincipalArn"]?.stringValue)
            var properties = entry.properties.entries ?? []
            properties.removeAll { $0.key == "Tags" || $0.key == "AccessPolicies" }
            #expect(Document.map(properties) == entries[principal], "\(principal)")
            let fromTemplate = entry.properties["AccessPolicies"]?.listValue ?? []
            #expect(Set(fromTemplate) == Set(policies[principal] ?? []) && fromTemplate.count == (policies[principal] ?? []).count,
                    "\(principal): access policies")
        }

        var associations: Set<Document> = []
        for file in perObject where file.path.hasPrefix("aws/pod-identity-associations/") {
            let input = try #require(try Self.json(perObject, file.path))
            associations.insert(.map(["ClusterName": input["clusterName"], "Namespace": input["namespace"],
                                      "ServiceAccount": input["serviceAccount"], "RoleArn": input["roleArn"]]))
        }
        let templateAssociations = try Self.resources(grouped, type: "AWS::EKS::PodIdentityAssociation").map { resource in
            Document.map((resource.properties.entries ?? []).filter { $0.key != "Tags" })
        }
        #expect(Set(templateAssociations) == associations && templateAssociations.count == associations.count)
    }

    /// The examples exercise every kind of role and AWS input the grouped layout leaves out.
    @Test func theExamplesCoverEveryKindLeftOut() throws {
        let all = try Examples.all.flatMap { try OutputLayout.files(for: try Examples.artifacts($0), layout: .perObject) }
        for prefix in ["aws/access-entries/nodes/", "aws/access-entries/", "aws/access-policies/",
                       "aws/pod-identity-associations/", "iam/"] {
            #expect(all.contains { $0.path.hasPrefix(prefix) }, "no example writes \(prefix)")
        }
        var storeRoles = 0, podIdentityRoles = 0, irsaRoles = 0
        for example in Examples.all {
            let result = Compiler.build(try Examples.source(example))
            let model = try #require(result.model), roles = try #require(result.artifacts).iamRoles
            let stores = Set(model.secretStores.map { IAMRoleNaming.roleName(of: $0, in: model.cluster) })
            storeRoles += roles.count { stores.contains($0.roleName) }
            let principals = roles.compactMap { $0.trustPolicy["Statement"]?.listValue?.first?["Principal"] }
            podIdentityRoles += principals.count { $0["Service"]?.stringValue == "pods.eks.amazonaws.com" }
            irsaRoles += principals.count { $0["Federated"] != nil }
        }
        #expect(storeRoles > 0 && podIdentityRoles > 0 && irsaRoles > 0)
    }
}

extension Examples {
    /// The build artifacts of `examples/<name>.sec`.
    static func artifacts(_ name: String) throws -> BuildArtifacts {
        let source = try source(name)
        let result = Compiler.build(source)
        return try #require(result.artifacts, "\(DiagnosticRenderer().render(result.diagnostics, in: source))")
    }
}
