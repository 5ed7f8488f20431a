import Foundation
import Testing

/// The one place tests find the shared validators (../shared/validators: yamllint's strict
/// profile, sarif.sh) and their virtualenv (yamllint, moto_server, the aws CLI).
///
/// `.ci/run` sets `EKSSC_VALIDATORS` (the validators folder) and `VALIDATORS_VENV` (the venv the
/// install script made) and `EKSSC_REQUIRE_VALIDATORS=1`, so there every tool must be found
/// (`ValidatorToolsTests`). Elsewhere the defaults are `../shared/validators` beside the
/// repository and the install script's `/tmp/ekssc-validators/venv`; a test whose tool is absent
/// is skipped with its reason (`.enabled(if:)`), never passed silently.
enum ValidatorTools {
    static let environment = ProcessInfo.processInfo.environment

    /// The validators folder (the one with `bin/all.sh`).
    static let folder: URL = environment["EKSSC_VALIDATORS"].map { URL(fileURLWithPath: $0) }
        ?? Repository.root.deletingLastPathComponent().appendingPathComponent("shared/validators")

    /// The virtualenv's `bin` folder.
    static let venvBin: String = (environment["VALIDATORS_VENV"] ?? "/tmp/ekssc-validators/venv") + "/bin"

    /// Whether `.ci/run` asked for every tool to be present.
    static var required: Bool { environment["EKSSC_REQUIRE_VALIDATORS"] == "1" }

    static func executable(_ path: String) -> String? {
        Executables.executable(at: path)
    }

    /// yamllint from the venv.
    static var yamllint: String? { executable("\(venvBin)/yamllint") }
    /// The project's strict yamllint profile.
    static var yamllintProfile: String? {
        let path = folder.appendingPathComponent("bin/yamllint-strict.yaml").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
    /// `sarif.sh`: the SARIF 2.1.0 schema check.
    static var sarifScript: String? { executable(folder.appendingPathComponent("bin/sarif.sh").path) }
    /// moto_server and the aws CLI, both from the venv.
    static var hasMoto: Bool {
        executable("\(venvBin)/moto_server") != nil && executable("\(venvBin)/aws") != nil
    }

    static var hasYamllint: Bool { yamllint != nil && yamllintProfile != nil }
    static let yamllintMissing: Comment =
        "needs yamllint (VALIDATORS_VENV) and yamllint-strict.yaml (EKSSC_VALIDATORS); .ci/run installs both"
}

/// In CI (`EKSSC_REQUIRE_VALIDATORS=1`) no test that needs a tool may be skipped: every tool a
/// test is `.enabled(if:)` on is present (and `.ci/run` fails on any skipped test).
@Suite struct ValidatorToolsTests {
    @Test(.enabled(if: ValidatorTools.required, "only where .ci/run requires the validators"))
    func everyToolIsPresentWhereRequired() {
        #expect(ValidatorTools.yamllint != nil, "yamllint in \(ValidatorTools.venvBin)")
        #expect(ValidatorTools.yamllintProfile != nil, "yamllint-strict.yaml in \(ValidatorTools.folder.path)")
        #expect(ValidatorTools.sarifScript != nil, "sarif.sh in \(ValidatorTools.folder.path)")
        #expect(ValidatorTools.hasMoto, "moto_server and aws in \(ValidatorTools.venvBin)")
        #expect(Executables.ekssc != nil, "the built ekssc binary beside the test bundle")
        #expect(Executables.kubectl != nil, "kubectl on PATH")
    }
}
