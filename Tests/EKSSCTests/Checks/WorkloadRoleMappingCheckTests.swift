import Testing
@testable import EKSSC

@Suite struct WorkloadRoleMappingCheckTests {
    static func model(appRole: String, nodes: [String] = [], mappedRoles: [String] = []) -> SecurityModel {
        let account = "123456789012"
        func arn(_ resource: String) -> ARN {
            ARN(partition: .aws, service: "iam", region: "", account: account, resource: resource)
        }
        return SecurityModel(
            cluster: IdentityModels.cluster(),
            apps: [IdentityModels.app("api", role: IAMRoleSpec(explicitName: appRole))],
            principals: mappedRoles.map { IAMPrincipal(kind: .role, name: "m", arn: arn($0), username: "m") },
            nodeRoles: nodes.map { NodeRole(arn: arn($0)) })
    }

    /// IAM names are case-insensitive and aws-auth drops the path: all of these are the node role.
    @Test(arguments: ["role/eks-node-role", "role/EKS-Node-Role", "role/nodes/eks-node-role"])
    func theNodeRoleIsRefusedHoweverItIsWritten(_ node: String) {
        let diagnostics = WorkloadRoleMappingCheck().diagnostics(for: Self.model(appRole: "eks-node-role", nodes: [node]))
        #expect(diagnostics.map(\.id) == ["semantics.workload-role-mapped"])
    }

    @Test func aMappedRoleIsRefusedAndAnUnmappedOneAccepted() {
        #expect(WorkloadRoleMappingCheck().diagnostics(for: Self.model(appRole: "Deployer", mappedRoles: ["role/deployer"]))
            .map(\.message) == ["role 'Deployer' of app 'default/api' is also mapped into the cluster by mapping 'm'"])
        #expect(WorkloadRoleMappingCheck().diagnostics(for: Self.model(appRole: "api", nodes: ["role/eks-node-role"]))
            .isEmpty)
    }
}
