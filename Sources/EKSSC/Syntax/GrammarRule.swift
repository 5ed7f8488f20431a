/// The non-lexical rules of `grammar/ekssc.ebnf`, named exactly as there.
///
/// The parser records each rule it matches, and the grammar test checks that the fixtures
/// exercise every rule and that the parser names no rule the grammar lacks.
enum GrammarRule: String, CaseIterable, Sendable {
    case file, end, declaration
    case cluster, clusterSetting = "cluster-setting", monitoringSetting = "monitoring-setting"
    case namespace, namespaceSetting = "namespace-setting"
    case tier, tierSetting = "tier-setting"
    case flow, endpoint, tierRef = "tier-ref", port, label
    case app, appSetting = "app-setting", iamRoleSetting = "iam-role-setting", condition
    case secretSetting = "secret-setting"
    case secretStore = "secret-store", clusterSecretStore = "cluster-secret-store"
    case storeSetting = "store-setting"
    case role, clusterRole = "cluster-role", roleSetting = "role-setting"
    case verbList = "verb-list", verb, resourceList = "resource-list", resource, subject
    case userMapping = "user-mapping", roleMapping = "role-mapping", mappingSetting = "mapping-setting"
    case nodes
    case storageClass = "storage-class", storageSetting = "storage-setting"
    case waiver
    case owner, ownerSetting = "owner-setting"
    case constant = "let", template, templateSetting = "template-setting", uses
    case name, value, wordList = "word-list", stringList = "string-list"

    /// The rule's bit in the parser's set of matched rules: `1 << n` for the `n`th case.
    /// A case without a payload is stored as its index in declaration order (the parser sets a
    /// bit per rule matched, so no search of `allCases` here; `GrammarTests` checks the two agree).
    @inline(__always)
    var bit: UInt64 { 1 << UInt64(unsafeBitCast(self, to: UInt8.self)) }

    /// The names of the rules whose bits are set in `bits`.
    static func names(_ bits: UInt64) -> Set<String> {
        Set(allCases.filter { bits & $0.bit != 0 }.map(\.rawValue))
    }
}
