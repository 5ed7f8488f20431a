import Testing
@testable import EKSSC

@Suite struct PodIdentityAssociationPassTests {
    @Test func associationForEveryPodIdentityAppWithARole() {
        let model = SecurityModel(cluster: IdentityModels.cluster(), apps: [
            IdentityModels.app("api", in: "shop", serviceAccount: .exact("api-sa"), identity: .podIdentity,
                               role: IAMRoleSpec(explicitName: "shop-api")),
            IdentityModels.app("irsa", in: "shop", role: IAMRoleSpec()),
            IdentityModels.app("roleless", in: "shop", identity: .podIdentity),
            IdentityModels.app("cart", in: "shop", identity: .podIdentity, role: IAMRoleSpec()),
        ])
        let inputs = PodIdentityAssociationPass().run(model).awsInputs
        #expect(inputs.map(\.path) == ["pod-identity-associations/shop/api-sa.json",
                                       "pod-identity-associations/shop/cart.json"])
        #expect(inputs.map(\.command) == Array(repeating: "eks create-pod-identity-association", count: 2))
        #expect(inputs.map { IdentityTestJSON.compact($0.document) } == [
            #"{"clusterName":"my-cluster","namespace":"shop","serviceAccount":"api-sa","roleArn":"arn:aws:iam::123456789012:role/shop-api"}"#,
            #"{"clusterName":"my-cluster","namespace":"shop","serviceAccount":"cart","roleArn":"arn:aws:iam::123456789012:role/my-cluster-shop-cart"}"#,
        ])
    }
}
