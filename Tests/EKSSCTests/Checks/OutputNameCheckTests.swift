import Testing
@testable import EKSSC

@Suite struct OutputNameCheckTests {
    static func model(mapping name: String) -> SecurityModel {
        let arn = ARN(partition: .aws, service: "iam", region: "", account: "123456789012", resource: "user/u")
        return SecurityModel(cluster: IdentityModels.cluster(),
                             principals: [IAMPrincipal(kind: .user, name: name, arn: arn, username: "u")])
    }

    /// `aws/access-entries/<name>.json`: 250 characters and `.json` is the longest name that fits.
    @Test func theLimitIs255BytesPerFileName() {
        #expect(OutputNameCheck().diagnostics(for: Self.model(mapping: String(repeating: "a", count: 250))).isEmpty)
        let over = OutputNameCheck().diagnostics(for: Self.model(mapping: String(repeating: "a", count: 251)))
        #expect(over.map(\.id) == ["semantics.output-name-too-long"])
        #expect(over.first?.message.hasSuffix("of 256 bytes; file systems allow at most 255") == true)
    }

    /// Apps and stores on one ServiceAccount share its file; that is not a collision.
    @Test func sharedServiceAccountsAreNoCollision() {
        let store = SecretStore(id: SecretStoreID(namespace: "default", name: "s"), provider: .secretsManager,
                                region: "us-west-2", serviceAccount: ServiceAccountRef(namespace: "default", name: "shared"),
                                range: SourceRange(start: 50, end: 60))
        let model = SecurityModel(cluster: IdentityModels.cluster(), apps: [
            IdentityModels.app("a", serviceAccount: .exact("shared"), range: SourceRange(start: 0, end: 10)),
            IdentityModels.app("b", serviceAccount: .exact("shared"), range: SourceRange(start: 20, end: 30)),
        ], secretStores: [store])
        #expect(OutputNameCheck().diagnostics(for: model).isEmpty)
    }

    /// The planned paths are the paths the build writes.
    @Test(arguments: Examples.all)
    func plannedFilesAreAmongTheWrittenOnes(_ example: String) throws {
        let model = try #require(Compiler.check(try Examples.source(example)).model)
        let written = Set(try Examples.build(example).map(\.path))
        let planned = Set(OutputNameCheck().plannedFiles(model).map(\.path))
        #expect(planned.subtracting(written).isEmpty, "\(planned.subtracting(written).sorted())")
        // Everything else is named by something that cannot be too long or repeat: IAM role
        // names (at most 64 characters, merged by name), namespaces and tiers (DNS labels),
        // fixed names, and the CloudFormation templates (fixed names, or `iam-<namespace>`).
        let unplanned = written.subtracting(planned).filter { path in
            !(path.hasPrefix("iam/") || path == "kubernetes/kustomization.yaml" || path == "kustomization.yaml"
                || path == "README.md" || path.hasPrefix("aws/cloudformation/")
                || path.hasPrefix("kubernetes/_cluster/namespace-") || path.contains("/networkpolicy-")
                || path == "kubernetes/kube-system/configmap-aws-auth.yaml" || path.hasPrefix("aws/cluster/"))
        }
        #expect(unplanned.isEmpty, "\(unplanned.sorted())")
    }
}
