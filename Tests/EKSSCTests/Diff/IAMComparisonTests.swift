import Testing
@testable import EKSSC

@Suite struct IAMComparisonTests {
    static let issuer = GuideArtifacts.issuer

    /// The declared role as IAM returns it: reordered, single values as strings or lists.
    static func faithfulLive() -> LiveRole {
        LiveRole(
            roleName: "my-app-role",
            trustPolicy: .map([
                "Version": .string("2012-10-17"),
                "Statement": .map([
                    "Action": .strings(["sts:AssumeRoleWithWebIdentity"]),
                    "Condition": .map(["StringEquals": .map([
                        "\(issuer):aud": .strings(["sts.amazonaws.com"]),
                        "\(issuer):sub": .string("system:serviceaccount:default:my-service-account"),
                    ])]),
                    "Effect": .string("Allow"),
                    "Principal": .map(["Federated": .strings([GuideArtifacts.providerARN])]),
                ]),
            ]),
            inlinePolicy: .map([
                "Statement": .list([.map([
                    "Resource": .strings(["arn:aws:s3:::config/*", "arn:aws:s3:::config"]),
                    "Action": .strings(["s3:ListBucket", "s3:GetObject"]),
                    "Effect": .string("Allow"), "Sid": .string("ReadConfig"),
                ])]),
                "Version": .string("2012-10-17"),
            ]),
            managedPolicyARNs: ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"])
    }

    @Test func faithfulRoleIsUnchanged() {
        let drift = IAMComparison.compare(desired: [GuideArtifacts.appRole], live: ["my-app-role": Self.faithfulLive()])
        #expect(drift == [RoleDrift(roleName: "my-app-role", status: .unchanged)])
    }

    @Test func missingRoleIsToCreate() {
        #expect(IAMComparison.compare(desired: [GuideArtifacts.appRole], live: ["my-app-role": Optional<LiveRole>.none])
            == [RoleDrift(roleName: "my-app-role", status: .toCreate)])
        #expect(IAMComparison.compare(desired: [GuideArtifacts.appRole], live: [:])
            == [RoleDrift(roleName: "my-app-role", status: .toCreate)])
    }

    @Test func wrongServiceAccountInTrustIsAnIRSAFailure() {
        var live = Self.faithfulLive()
        live.trustPolicy = live.trustPolicy.updating(["Statement", "Condition", "StringEquals", "\(Self.issuer):sub"]) { _ in
            .string("system:serviceaccount:default:other")
        }
        let drift = IAMComparison.compare(desired: [GuideArtifacts.appRole], live: ["my-app-role": live])
        #expect(drift.first?.status == .changed)
        #expect(drift.first?.changes.map(\.part) == [.trustPolicy])
        #expect(drift.first?.irsaFailures == [
            "IRSA will fail for default/my-service-account: the trust policy allows sub "
                + "'system:serviceaccount:default:other', expected 'system:serviceaccount:default:my-service-account'",
        ])
    }

    @Test func wrongAudienceAndIssuerAreIRSAFailures() {
        var live = Self.faithfulLive()
        live.trustPolicy = live.trustPolicy.updating("Statement.Condition.StringEquals") { _ in
            .map(["oidc.eks.us-west-2.amazonaws.com/id/OTHER:sub": .string("system:serviceaccount:default:my-service-account"),
                  "\(Self.issuer):aud": .string("sts.amazonaws.com.cn")])
        }
        let failures = IAMComparison.compare(desired: [GuideArtifacts.appRole], live: ["my-app-role": live]).first?.irsaFailures
        #expect(failures == [
            "IRSA will fail for default/my-service-account: the trust policy allows aud 'sts.amazonaws.com.cn', "
                + "expected 'sts.amazonaws.com'",
            "IRSA will fail for default/my-service-account: the trust policy's sub condition is for issuer "
                + "'oidc.eks.us-west-2.amazonaws.com/id/OTHER', expected '\(Self.issuer)'",
        ])
    }

    @Test func wildcardSubjectThatAdmitsTheAccountIsDriftButNotFailure() {
        var live = Self.faithfulLive()
        live.trustPolicy = live.trustPolicy.updating("Statement.Condition") { _ in
            .map(["StringEquals": .map(["\(Self.issuer):aud": .string("sts.amazonaws.com")]),
                  "StringLike": .map(["\(Self.issuer):sub": .string("system:serviceaccount:default:*")])])
        }
        let drift = IAMComparison.compare(desired: [GuideArtifacts.appRole], live: ["my-app-role": live]).first
        #expect(drift?.status == .changed)
        #expect(drift?.irsaFailures == [])
    }

    @Test func inlineAndManagedPolicyChanges() {
        var live = Self.faithfulLive()
        live.inlinePolicy = live.inlinePolicy?.updating("Statement.[].Action") { _ in .string("s3:*") }
        live.managedPolicyARNs = ["arn:aws:iam::aws:policy/AdministratorAccess"]
        let drift = IAMComparison.compare(desired: [GuideArtifacts.appRole], live: ["my-app-role": live]).first
        #expect(drift?.changes.map(\.part) == [.inlinePolicy, .managedPolicies])
        #expect(drift?.changes.last?.diff == [
            "@@ -1,1 +1,1 @@ [0]\n-- arn:aws:iam::aws:policy/AdministratorAccess\n+- arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
        ])
        #expect(drift?.changes.first?.diff == ["""
            @@ -1,6 +1,7 @@ Statement[0].Action[0]
             Statement:
               - Action:
            -      - s3:*
            +      - s3:GetObject
            +      - s3:ListBucket
                 Effect: Allow
                 Resource:
                   - arn:aws:s3:::config
            """])
    }
}
