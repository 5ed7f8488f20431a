import Foundation

/// Runs the shared validators' `sarif.sh` (the OASIS SARIF 2.1.0 schema, declared rule ids,
/// located results) on SARIF logs. Found through `EKSSC_VALIDATORS`, else `../shared/validators`
/// beside the repository; nil when not installed.
enum SARIFValidator {
    static var script: URL? {
        ValidatorTools.sarifScript.map { URL(fileURLWithPath: $0) }
    }

    /// The validator's report and exit status for `logs` (name → contents).
    static func validate(_ logs: [String: String]) throws -> (report: String, status: Int32)? {
        guard let script else { return nil }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ekssc-sarif-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var paths: [String] = []
        for (name, contents) in logs.sorted(by: { $0.key < $1.key }) {
            let url = folder.appendingPathComponent(name)
            try contents.write(to: url, atomically: false, encoding: .utf8)
            paths.append(url.path)
        }
        let process = Process()
        process.executableURL = script
        process.arguments = paths
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (report, process.terminationStatus)
    }
}
