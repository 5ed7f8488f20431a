#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads live IAM roles from a folder of saved aws CLI output, one subfolder per role:
///
///     DIR/<role>/get-role.json                     aws iam get-role --role-name <role>
///     DIR/<role>/list-attached-role-policies.json  aws iam list-attached-role-policies --role-name <role>
///     DIR/<role>/get-role-policy.json              aws iam get-role-policy --role-name <role> --policy-name ekssc
///
/// A missing or empty `get-role.json` means the role does not exist; a missing or empty
/// `get-role-policy.json` means it has no inline policy named `ekssc`.
struct IAMLiveDirectory: Sendable {
    var path: String

    init(path: String) {
        self.path = path
    }

    static let getRoleFile = "get-role.json"
    static let attachedPoliciesFile = "list-attached-role-policies.json"
    static let rolePolicyFile = "get-role-policy.json"

    /// Each named role, or nil for a role that does not exist.
    func read(roleNames: [String]) throws(DiffError) -> [String: LiveRole?] {
        guard (try? FileManager.default.contentsOfDirectory(atPath: path)) != nil else {
            throw DiffError("cannot read IAM state from '\(path)': not a directory")
        }
        var roles: [String: LiveRole?] = [:]
        for name in roleNames {
            roles[name] = try readRole(name)
        }
        return roles
    }

    private func readRole(_ name: String) throws(DiffError) -> LiveRole? {
        let folder = "\(path)/\(name)"
        guard let getRole = try document(at: "\(folder)/\(Self.getRoleFile)") else { return nil }
        return try LiveRole.parse(
            roleName: name, getRole: getRole,
            attachedPolicies: try document(at: "\(folder)/\(Self.attachedPoliciesFile)"),
            rolePolicy: try document(at: "\(folder)/\(Self.rolePolicyFile)"), source: folder)
    }

    /// The JSON document in a file; nil when the file is missing or blank.
    private func document(at file: String) throws(DiffError) -> Document? {
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(file)
        } catch {
            throw DiffError(error.description)
        }
        guard bytes.contains(where: { $0 > 0x20 }) else { return nil }
        let documents: [Document]
        do {
            documents = try YAMLReader.read(bytes)
        } catch {
            throw DiffError("cannot read '\(file)': \(error.description)")
        }
        guard documents.count == 1, case .map = documents[0] else {
            throw DiffError("cannot read '\(file)': expected one JSON object")
        }
        return documents[0]
    }
}
