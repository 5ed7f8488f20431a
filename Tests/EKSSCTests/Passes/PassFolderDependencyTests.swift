import Foundation
import Testing

/// `Passes/Secrets` builds on `Passes/Identity` (role names, ARNs, permission statements), never
/// the other way round: no Identity file names a type declared in Secrets.
@Suite struct PassFolderDependencyTests {
    /// The Swift files of a folder below `Sources/EKSSC/Passes`, name → text.
    static func files(in folder: String) throws -> [String: String] {
        let url = Repository.url("Sources/EKSSC/Passes/\(folder)")
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where name.hasSuffix(".swift") {
            files[name] = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }

    /// The names of the types a text declares (`struct X`, `enum X`, `class X`, `protocol X`).
    static func declaredTypes(in text: String) -> Set<String> {
        var names: Set<String> = []
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }).map(String.init)
        for (keyword, name) in zip(words, words.dropFirst())
        where ["struct", "enum", "class", "protocol"].contains(keyword) {
            names.insert(name)
        }
        return names
    }

    @Test func identityNamesNoSecretsType() throws {
        let secrets = try Self.files(in: "Secrets")
        let types = secrets.values.reduce(into: Set<String>()) { $0.formUnion(Self.declaredTypes(in: $1)) }
        #expect(types.contains("ExternalSecretsPass"))
        for (name, text) in try Self.files(in: "Identity").sorted(by: { $0.key < $1.key }) {
            let words = Set(text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }).map(String.init))
            #expect(words.isDisjoint(with: types), "Passes/Identity/\(name) names \(words.intersection(types).sorted())")
        }
    }
}
