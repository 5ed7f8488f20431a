import Foundation

/// Runs the shared validators' yamllint with the project's strict profile (found through
/// `ValidatorTools`; tests that call it are `.enabled(if: ValidatorTools.hasYamllint)`).
enum Yamllint {
    struct Missing: Error, CustomStringConvertible {
        var description: String { "\(ValidatorTools.yamllintMissing)" }
    }

    /// yamllint's report (empty when every file passes) and exit status for `files` (name →
    /// contents); throws when yamllint or the profile is not installed on this machine.
    static func lint(_ files: [String: String]) throws -> (report: String, status: Int32) {
        guard let executable = ValidatorTools.yamllint, let configuration = ValidatorTools.yamllintProfile else {
            throw Missing()
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ekssc-yamllint-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, contents) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: false, encoding: .utf8)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-s", "-f", "parsable", "-c", configuration, folder.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (report, process.terminationStatus)
    }
}
