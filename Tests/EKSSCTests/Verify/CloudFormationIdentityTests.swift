import Testing
@testable import EKSSC

/// In the grouped layout the IAM roles and Pod Identity associations exist only in the
/// CloudFormation templates, and verification reads them there: a mutated template fails it as a
/// mutated `iam/<role>/*.json` does in the per-object layout (IdentityVerificationTests). In the
/// per-object layout both paths are proven, so a template mutated alone is found too.
@Suite struct CloudFormationIdentityTests {
    static func build(_ example: String, layout: OutputLayout.Kind = .grouped) throws -> (model: SecurityModel, files: [OutputFile]) {
        let result = Compiler.build(try Examples.source(example))
        return (try #require(result.model), try OutputLayout.files(for: try #require(result.artifacts), layout: layout))
    }

    static func counterexamples(_ example: String, layout: OutputLayout.Kind = .grouped, mutating path: String,
                                _ edit: (String) -> String) throws -> [String] {
        let (model, files) = try build(example, layout: layout)
        let mutated = try NetworkVerificationTests.mutate(files, path, edit)
        return try Verifier.verify(model: model, files: mutated).findings.map(\.counterexample)
    }

    @Test(arguments: Examples.all)
    func aGroupedBuildVerifiesFromTheTemplates(_ example: String) throws {
        let (model, files) = try Self.build(example)
        #expect(!files.contains { $0.path.hasPrefix("iam/") || $0.path.hasPrefix("aws/pod-identity-associations/") })
        #expect(try Verifier.verify(model: model, files: files).passed)
        let identity = try Verifier.identityVerification(model: model, files: files)
        let roles = try Examples.artifacts(example).iamRoles
        #expect(Set(roles.map(\.roleName)).isSubset(of: identity.paths.flatMap(\.trustPolicies.keys)))
        #expect(Set(roles.filter { $0.permissionPolicy != nil }.map(\.roleName))
            .isSubset(of: identity.paths.flatMap(\.permissionPolicies.keys)))
        #expect(identity.paths.flatMap(\.associations.keys).count
            == model.apps.count { $0.identity == .podIdentity && $0.iamRole != nil })
    }

    /// `prod-eu-search-query`'s trust condition in `iam-search.yaml` from `sub` equal to its own
    /// ServiceAccount to `sub` like any ServiceAccount of the namespace.
    static func widenQueryTrust(_ template: String) -> String {
        let issuer = "oidc.eks.eu-west-1.amazonaws.com/id/5C2A4E9B1F3D7A6E8B0C9D1E2F3A4B5C"
        return template.replacingOccurrences(
            of: "StringEquals:\n              \(issuer):sub: system:serviceaccount:search:query\n",
            with: "StringLike:\n              \(issuer):sub: system:serviceaccount:search:*\n")
    }

    @Test func widenedTrustConditionInATemplateIsFound() throws {
        let found = try Self.counterexamples("platform", mutating: "aws/cloudformation/iam-search.yaml") {
            Self.widenQueryTrust($0)
        }
        #expect(found.contains(
            "system:serviceaccount:search:indexer -> role/prod-eu-search-query sts:AssumeRoleWithWebIdentity is allowed but not declared"))
    }

    @Test func widenedResourceInATemplateIsFound() throws {
        let found = try Self.counterexamples("platform", mutating: "aws/cloudformation/iam-search.yaml") {
            $0.replacingOccurrences(of: "            - es:ESHttpGet\n",
                                    with: "            - es:ESHttpGet\n            - secretsmanager:GetSecretValue\n")
                .replacingOccurrences(of: "Resource: arn:aws:es:eu-west-1:210987654321:domain/products/*", with: "Resource: \"*\"")
        }
        #expect(found.contains(
            "role/prod-eu-search-query -> arn:aws:secretsmanager:eu-west-1:210987654321:secret:payments/ledger/db-AbC123 secretsmanager:GetSecretValue is allowed but not declared"))
    }

    @Test func storePolicyMissingASecretInATemplateIsFound() throws {
        let found = try Self.counterexamples("platform", mutating: "aws/cloudformation/iam-payments.yaml") {
            $0.replacingOccurrences(of: "parameter/payments/psp/api-secret", with: "parameter/payments/psp/other")
        }
        #expect(found == [
            "role/prod-eu-payments-eso -> arn:aws:ssm:eu-west-1:210987654321:parameter/payments/psp/api-secret ssm:GetParameter is declared but not allowed",
        ])
    }

    @Test func aRoleMissingFromTheTemplatesIsFound() throws {
        let found = try Self.counterexamples("platform", mutating: "aws/cloudformation/iam-payments.yaml") {
            $0.replacingOccurrences(of: "RoleName: prod-eu-payments-eso", with: "RoleName: prod-eu-payments-other")
        }
        #expect(found.contains("role/prod-eu-payments-eso -> aws/cloudformation/ iam:CreateRole is declared but not allowed"))
    }

    @Test func anUndeclaredManagedPolicyInATemplateIsFound() throws {
        let found = try Self.counterexamples("guide", mutating: "aws/cloudformation/iam-default.yaml") {
            $0.replacingOccurrences(of: "      - arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess\n",
                                    with: "      - arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess\n      - arn:aws:iam::aws:policy/AdministratorAccess\n")
        }
        #expect(found == ["role/my-app-role -> arn:aws:iam::aws:policy/AdministratorAccess iam:AttachRolePolicy is allowed but not declared"])
    }

    @Test func aPodIdentityAssociationToAnotherServiceAccountIsFound() throws {
        let found = try Self.counterexamples("pod-identity-efs", mutating: "aws/cloudformation/eks.yaml") {
            $0.replacingOccurrences(of: "ServiceAccount: ingest\n", with: "ServiceAccount: ekssc-verify-other\n")
        }
        #expect(found.contains(
            "system:serviceaccount:media:ekssc-verify-other -> role/media-prod-media-ingest sts:AssumeRole (Pod Identity) is allowed but not declared"))
    }

    /// Per-object holds both paths; the template is mutated alone, the CLI inputs left right.
    @Test func perObjectProvesTheTemplatesToo() throws {
        let (model, files) = try Self.build("platform", layout: .perObject)
        #expect(try Verifier.identityVerification(model: model, files: files).paths.map(\.origin) == ["aws/cloudformation/", "iam/"])
        let found = try Self.counterexamples("platform", layout: .perObject, mutating: "aws/cloudformation/iam-search.yaml") {
            Self.widenQueryTrust($0)
        }
        #expect(found.contains(
            "system:serviceaccount:search:indexer -> role/prod-eu-search-query sts:AssumeRoleWithWebIdentity is allowed but not declared"))
    }

    /// And the CLI inputs alone, with the templates left right.
    @Test func perObjectProvesTheCLIInputsToo() throws {
        let found = try Self.counterexamples("guide", layout: .perObject, mutating: "iam/my-app-role/managed-policies.json") {
            $0.replacingOccurrences(of: "\"arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess\"",
                                    with: "\"arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess\",\n  \"arn:aws:iam::aws:policy/AdministratorAccess\"")
        }
        #expect(found == ["role/my-app-role -> arn:aws:iam::aws:policy/AdministratorAccess iam:AttachRolePolicy is allowed but not declared"])
    }
}
