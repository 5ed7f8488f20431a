import Testing
@testable import EKSSC

@Suite struct DriftReportTests {
    static let key = ObjectKey(apiVersion: "v1", kind: "ConfigMap", namespace: "kube-system", name: "aws-auth")

    @Test func textListsEveryDriftThenTheSummary() {
        let report = DriftReport(
            objects: [
                ObjectDrift(key: Self.key, status: .unchanged, unmanaged: [
                    UnmanagedMapping(field: "mapRoles", arn: "arn:aws:iam::1:role/ng", username: nil),
                    UnmanagedMapping(field: "mapAccounts", arn: "", username: nil),
                ]),
                ObjectDrift(key: ObjectKey(apiVersion: "v1", kind: "Namespace", namespace: nil, name: "team"), status: .toCreate),
            ],
            roles: [
                RoleDrift(roleName: "a", status: .unchanged),
                RoleDrift(roleName: "b", status: .changed,
                          changes: [RoleDrift.Change(part: .managedPolicies, diff: ["@@ -1,1 +1,1 @@ [0]\n-- x\n+- y"])],
                          irsaFailures: ["IRSA will fail for ns/sa: the trust policy allows sub 'x', expected 'y'"]),
                RoleDrift(roleName: "c", status: .toCreate),
            ])
        #expect(report.hasDrift)
        #expect(report.text == """
            ? ConfigMap kube-system/aws-auth: unmanaged data key 'mapAccounts'
            ? ConfigMap kube-system/aws-auth: unmanaged mapRoles entry 'arn:aws:iam::1:role/ng'
            + Namespace team: to create
            ~ IAM role b: changed
            --- live managed-policies
            +++ desired managed-policies
            @@ -1,1 +1,1 @@ [0]
            -- x
            +- y
            ! IRSA will fail for ns/sa: the trust policy allows sub 'x', expected 'y'
            + IAM role c: to create
            drift: objects 1 unchanged, 1 to create, 2 unmanaged aws-auth entries; IAM roles 1 unchanged, 1 to create, 1 changed, 1 IRSA failure

            """)
    }

    @Test func sidesNotComparedAreLeftOut() {
        let report = DriftReport(roles: [RoleDrift(roleName: "a", status: .unchanged)], comparedKubernetes: false)
        #expect(!report.hasDrift)
        #expect(report.text == "no drift: IAM roles 1 unchanged\n")
        #expect(report.document == .map([
            "drift": .bool(false), "summary": .string("no drift: IAM roles 1 unchanged"),
            "iamRoles": .list([.map(["roleName": .string("a"), "status": .string("unchanged")])]),
        ]))
    }

    @Test func unmanagedEntriesAloneAreNotDrift() {
        let report = DriftReport(objects: [ObjectDrift(key: Self.key, status: .unchanged, unmanaged: [
            UnmanagedMapping(field: "mapUsers", arn: "arn:aws:iam::1:user/ops", username: "ops"),
        ])], comparedIAM: false)
        #expect(!report.hasDrift)
        #expect(report.summary == "no drift: objects 1 unchanged, 1 unmanaged aws-auth entry")
    }
}
