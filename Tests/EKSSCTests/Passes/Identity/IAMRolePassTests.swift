import Testing
@testable import EKSSC

@Suite struct IAMRolePassTests {
    /// The trust policy of the reference guide's IRSA example, as printed there.
    static let guideTrustPolicy = """
        {
        "Version": "2012-10-17",
        "Statement": [
        {
        "Effect": "Allow",
        "Principal": {
        "Federated": "arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E"
        },
        "Action": "sts:AssumeRoleWithWebIdentity",
        "Condition": {
        "StringEquals": {
        "oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E:sub": "system:serviceaccount:default:my-service-account",
        "oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E:aud": "sts.amazonaws.com"
        }
        }
        }
        ]
        }
        """

    static func guideModel() -> SecurityModel {
        let role = IAMRoleSpec(explicitName: "my-app-role",
                               managedPolicies: ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"])
        return SecurityModel(cluster: IdentityModels.cluster(), apps: [
            IdentityModels.app("my-app", serviceAccount: .exact("my-service-account"), role: role),
        ])
    }

    @Test func guideIRSAExampleMatchesTheGuideByteForByte() throws {
        let output = IAMRolePass().run(Self.guideModel())
        #expect(output.diagnostics.isEmpty)
        try #require(output.iamRoles.count == 1)
        let role = output.iamRoles[0]
        #expect(role.roleName == "my-app-role")
        #expect(role.roleARN == "arn:aws:iam::123456789012:role/my-app-role")
        #expect(role.serviceAccount == ServiceAccountRef(namespace: "default", name: "my-service-account"))
        #expect(IdentityTestJSON.compact(role.trustPolicy) == IdentityTestJSON.minify(Self.guideTrustPolicy))
        #expect(role.permissionPolicy == nil)
        #expect(role.managedPolicyARNs == ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"])
        #expect(role.permissionsBoundary == nil)
    }

    @Test func serviceAccountPatternUsesStringLikeOnSubOnly() throws {
        let model = SecurityModel(cluster: IdentityModels.cluster(), apps: [
            IdentityModels.app("batch", in: "jobs", serviceAccount: .pattern("batch-*"), role: IAMRoleSpec()),
        ])
        let roles = IAMRolePass().run(model).iamRoles
        try #require(roles.count == 1)
        #expect(roles[0].roleName == "my-cluster-jobs-batch")
        let issuer = "oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E"
        #expect(IdentityTestJSON.compact(roles[0].trustPolicy) == """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::123456789012:oidc-provider/\(issuer)"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"\(issuer):aud":"sts.amazonaws.com"},"StringLike":{"\(issuer):sub":"system:serviceaccount:jobs:batch-*"}}}]}
            """)
    }

    @Test func podIdentityTrustHasTheServicePrincipalAndNoCondition() throws {
        let model = SecurityModel(cluster: IdentityModels.cluster(), apps: [
            IdentityModels.app("api", identity: .podIdentity, role: IAMRoleSpec()),
        ])
        let roles = IAMRolePass().run(model).iamRoles
        try #require(roles.count == 1)
        #expect(IdentityTestJSON.compact(roles[0].trustPolicy) == """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"pods.eks.amazonaws.com"},"Action":["sts:AssumeRole","sts:TagSession"]}]}
            """)
    }

    @Test func permissionPolicyFromStatements() throws {
        let role = IAMRoleSpec(
            managedPolicies: ["arn:aws:iam::aws:policy/B", "arn:aws:iam::aws:policy/A"],
            statements: [
                PolicyStatement(effect: .allow, actions: ["s3:PutObject"], resources: ["arn:aws:s3:::bucket/uploads/*"]),
                PolicyStatement(effect: .deny, actions: ["s3:DeleteObject", "s3:DeleteBucket"],
                                resources: ["arn:aws:s3:::bucket", "arn:aws:s3:::bucket/*"],
                                conditions: [
                                    PolicyCondition(operator: "StringEquals", key: "aws:SourceVpce", values: ["vpce-1"]),
                                    PolicyCondition(operator: "StringEquals", key: "aws:PrincipalTag/team",
                                                    values: ["a", "b"]),
                                    PolicyCondition(operator: "Bool", key: "aws:SecureTransport", values: ["false"]),
                                ]),
            ],
            permissionsBoundary: "arn:aws:iam::123456789012:policy/boundary")
        let model = SecurityModel(cluster: IdentityModels.cluster(), apps: [IdentityModels.app("web", role: role)])
        let roles = IAMRolePass().run(model).iamRoles
        try #require(roles.count == 1)
        #expect(IdentityTestJSON.compact(roles[0].permissionPolicy) == """
            {"Version":"2012-10-17","Statement":[\
            {"Sid":"Statement1","Effect":"Allow","Action":"s3:PutObject","Resource":"arn:aws:s3:::bucket/uploads/*"},\
            {"Sid":"Statement2","Effect":"Deny","Action":["s3:DeleteObject","s3:DeleteBucket"],\
            "Resource":["arn:aws:s3:::bucket","arn:aws:s3:::bucket/*"],\
            "Condition":{"Bool":{"aws:SecureTransport":"false"},\
            "StringEquals":{"aws:PrincipalTag/team":["a","b"],"aws:SourceVpce":"vpce-1"}}}]}
            """)
        #expect(roles[0].managedPolicyARNs == ["arn:aws:iam::aws:policy/A", "arn:aws:iam::aws:policy/B"])
        #expect(roles[0].permissionsBoundary == "arn:aws:iam::123456789012:policy/boundary")
    }

    @Test func appsWithoutRoleGetNoneAndRolesAreSortedByName() {
        let model = SecurityModel(cluster: IdentityModels.cluster(), apps: [
            IdentityModels.app("zeta", in: "a", role: IAMRoleSpec(explicitName: "b-role")),
            IdentityModels.app("plain", in: "b"),
            IdentityModels.app("alpha", in: "c", role: IAMRoleSpec(explicitName: "a-role")),
        ])
        #expect(IAMRolePass().run(model).iamRoles.map(\.roleName) == ["a-role", "b-role"])
    }

    @Test func appsSharingOneServiceAccountAndRoleYieldOneRole() {
        let model = SecurityModel(cluster: IdentityModels.cluster(), apps: [
            IdentityModels.app("api", serviceAccount: .exact("shared"), role: IAMRoleSpec()),
            IdentityModels.app("worker", serviceAccount: .exact("shared"), role: IAMRoleSpec()),
        ])
        let output = IAMRolePass().run(model)
        #expect(output.iamRoles.map(\.roleName) == ["my-cluster-default-shared"])
        #expect(output.diagnostics.isEmpty)
    }
}
