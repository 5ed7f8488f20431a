import Testing
@testable import EKSSC

/// The grouped layout holds exactly the per-object layout's objects, in fewer files, in a fixed
/// order; outside `kubernetes/` it has the AWS side only as CloudFormation templates
/// (GroupedAWSLayoutTests); `verify` reads it back alike.
@Suite struct GroupedLayoutTests {
    /// `kind/namespace/name` of every document in `files` under `kubernetes/` (kustomizations aside).
    private func objects(_ files: [OutputFile]) throws -> [String: Document] {
        var result: [String: Document] = [:]
        for file in files where file.path.hasPrefix("kubernetes/") && file.path != "kubernetes/kustomization.yaml" {
            for document in try YAMLReader.read(Array(file.contents.utf8)) {
                let key = [document["kind"]?.stringValue ?? "?", document["metadata"]?["namespace"]?.stringValue ?? "",
                           document["metadata"]?["name"]?.stringValue ?? "?"].joined(separator: "/")
                #expect(result.updateValue(document, forKey: key) == nil, "\(key) twice")
            }
        }
        return result
    }

    @Test(arguments: Examples.all)
    func groupedHoldsTheSameObjectsInOneFilePerNamespace(_ example: String) throws {
        let perObject = try Examples.build(example, layout: .perObject)
        let grouped = try Examples.build(example, layout: .grouped)
        #expect(try objects(grouped) == objects(perObject))
        // Outside kubernetes/, grouped leaves out the AWS CLI inputs that a template covers (they
        // are checked against the templates in GroupedAWSLayoutTests), and its guide says so;
        // every other file is the same.
        let outside = { (files: [OutputFile]) in
            files.filter { !$0.path.hasPrefix("kubernetes/") && $0.path != "README.md" }
        }
        let leftOut = outside(perObject).filter(GroupedAWSLayoutTests.isCLIInputCoveredByATemplate)
        #expect(outside(grouped) == outside(perObject).filter { !GroupedAWSLayoutTests.isCLIInputCoveredByATemplate($0) })
        #expect(leftOut.isEmpty == (try Examples.artifacts(example).iamRoles.isEmpty
            && !perObject.contains { $0.path.hasPrefix("aws/access-entries/") || $0.path.hasPrefix("aws/pod-identity-associations/") }))

        let kubernetes = grouped.filter { $0.path.hasPrefix("kubernetes/") }.map(\.path)
        let namespaces = Set(try objects(perObject).values.compactMap { $0["metadata"]?["namespace"]?.stringValue })
        #expect(kubernetes == ["kubernetes/_cluster.yaml", "kubernetes/kustomization.yaml"]
            + namespaces.sorted().map { "kubernetes/namespaces/\($0).yaml" })
        let kustomization = try #require(grouped.first { $0.path == "kubernetes/kustomization.yaml" })
        let resources = try #require(try YAMLReader.read(Array(kustomization.contents.utf8)).first?["resources"]?.listValue)
        #expect(resources.compactMap(\.stringValue) == ["_cluster.yaml"] + namespaces.sorted().map { "namespaces/\($0).yaml" })
    }

    @Test(arguments: Examples.all)
    func documentsAreOrderedByKindThenName(_ example: String) throws {
        for file in try Examples.build(example, layout: .grouped) where OutputTreePass.isGroupedManifestPath(file.path) {
            let keys = try YAMLReader.read(Array(file.contents.utf8)).map { document in
                let kind = document["kind"]?.stringValue ?? ""
                return (OutputTreePass.kindOrder.firstIndex(of: kind) ?? OutputTreePass.kindOrder.count, kind,
                        document["metadata"]?["name"]?.stringValue ?? "")
            }
            #expect(keys.count > 0, "\(file.path) is empty")
            #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 }, "\(file.path) out of order")
        }
    }

    @Test(arguments: Examples.all)
    func verifyReadsTheGroupedFilesAlike(_ example: String) throws {
        let result = Compiler.build(try Examples.source(example))
        let model = try #require(result.model)
        let artifacts = try #require(result.artifacts)
        let perObject = try Verifier.verify(model: model, files: try OutputLayout.files(for: artifacts, layout: .perObject))
        let grouped = try Verifier.verify(model: model, files: try OutputLayout.files(for: artifacts, layout: .grouped))
        #expect(grouped.passed)
        #expect(grouped.findings.count == perObject.findings.count)
        // Not vacuously: every role is read, from the templates (grouped has no iam/).
        let identity = try Verifier.identityVerification(model: model, files: try OutputLayout.files(for: artifacts, layout: .grouped))
        #expect(identity.paths.map(\.origin) == ["aws/cloudformation/"])
        #expect(Set(artifacts.iamRoles.map(\.roleName)).isSubset(of: identity.paths[0].trustPolicies.keys))
        #expect(grouped.allowedConnections == perObject.allowedConnections)
        #expect(!grouped.allowedConnections.isEmpty || example != "guide")
    }

    @Test func aNamespaceCalledKustomizationDoesNotClash() {
        #expect(OutputTreePass.groupedPath(namespace: "kustomization") == "namespaces/kustomization.yaml")
        #expect(OutputTreePass.groupedPath(namespace: nil) == "_cluster.yaml")
    }
}
