import Testing
@testable import EKSSC

@Suite struct LiveRoleTests {
    static func json(_ text: String) -> Document? {
        (try? YAMLReader.read(Array(text.utf8)))?.first
    }

    @Test func urlEncodedTrustPolicyIsDecoded() throws {
        let getRole = Self.json("""
            {"Role": {"RoleName": "r", "Arn": "arn:aws:iam::123456789012:role/r",
              "AssumeRolePolicyDocument": "%7B%22Version%22%3A%20%222012-10-17%22%2C%20%22Statement%22%3A%20%5B%5D%7D",
              "PermissionsBoundary": {"PermissionsBoundaryType": "Policy",
                                      "PermissionsBoundaryArn": "arn:aws:iam::123456789012:policy/boundary"}}}
            """)
        let role = try LiveRole.parse(roleName: "r", getRole: try #require(getRole),
                                      attachedPolicies: Self.json(#"{"AttachedPolicies": [{"PolicyName": "B", "PolicyArn": "arn:b"}, {"PolicyName": "A", "PolicyArn": "arn:a"}]}"#),
                                      rolePolicy: nil, source: "r")
        #expect(role == LiveRole(roleName: "r", trustPolicy: .map(["Version": .string("2012-10-17"), "Statement": .list([])]),
                                 inlinePolicy: nil, managedPolicyARNs: ["arn:a", "arn:b"],
                                 permissionsBoundary: "arn:aws:iam::123456789012:policy/boundary"))
    }

    @Test func missingRoleObjectIsAnError() throws {
        #expect(throws: DiffError("'dir/r': get-role output has no 'Role' object")) {
            try LiveRole.parse(roleName: "r", getRole: .map([:]), attachedPolicies: nil, rolePolicy: nil, source: "dir/r")
        }
    }
}
