@testable import EKSSC

/// Test-only JSON text of documents (compact, keys in document order), so expected outputs can
/// be written as the JSON the emitters will produce, independent of the real emitter.
enum IdentityTestJSON {
    static func compact(_ document: Document) -> String {
        switch document {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .string(let value): return quote(value)
        case .yamlText(let inner): return quote(compact(inner))
        case .list(let items): return "[" + items.map(compact).joined(separator: ",") + "]"
        case .map(let entries):
            return "{" + entries.map { quote($0.key) + ":" + compact($0.value) }.joined(separator: ",") + "}"
        }
    }

    static func compact(_ document: Document?) -> String? {
        document.map { compact($0) }
    }

    private static func quote(_ text: String) -> String {
        var out = "\""
        for character in text {
            if character == "\"" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out + "\""
    }

    /// Removes the white space between JSON tokens (not inside strings) of hand-written JSON.
    static func minify(_ text: String) -> String {
        var out = ""
        var inString = false
        var escaped = false
        for character in text {
            if inString {
                out.append(character)
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
            } else if character == "\"" {
                inString = true
                out.append(character)
            } else if !character.isWhitespace {
                out.append(character)
            }
        }
        return out
    }
}

/// Models shared by the identity tests: the reference guide's cluster and small builders.
enum IdentityModels {
    static let issuer = "https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E"

    /// The guide's cluster: `my-cluster`, account 123456789012, us-west-2.
    static func cluster(name: String = "my-cluster", issuer: String = issuer) -> Cluster {
        Cluster(name: name, account: "123456789012", region: "us-west-2", partition: .aws, oidcIssuer: issuer)
    }

    static func app(_ name: String, in namespace: String = "default", serviceAccount: ServiceAccountName? = nil,
                    identity: WorkloadIdentity = .irsa, role: IAMRoleSpec? = nil,
                    secrets: [ExternalSecretSpec] = [], range: SourceRange = .empty(at: 0)) -> App {
        App(name: name, namespace: namespace, serviceAccount: serviceAccount ?? .exact(name), identity: identity,
            iamRole: role, secrets: secrets, range: range)
    }

    static func kmsKey(_ id: String) -> ARN {
        ARN(partition: .aws, service: "kms", region: "us-west-2", account: "123456789012", resource: "key/\(id)")
    }
}
