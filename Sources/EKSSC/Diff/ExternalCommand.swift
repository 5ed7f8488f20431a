import Foundation

/// One run of an external program (kubectl, aws) with its output captured, never printed.
///
/// Output goes to temporary files rather than pipes, so a chatty program can never block on a
/// full pipe while we wait for it to exit.
public struct ExternalCommand: Sendable {
    /// A program name (looked up on `PATH` of `environment`) or a path containing `/`.
    public var executable: String
    public var arguments: [String]
    /// The child's whole environment.
    public var environment: [String: String]

    public init(executable: String, arguments: [String], environment: [String: String]) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
    }

    /// What the program wrote and how it ended.
    public struct Output: Sendable, Equatable {
        public var standardOutput: [UInt8]
        public var standardError: String
        public var status: Int32

        public init(standardOutput: [UInt8], standardError: String, status: Int32) {
            self.standardOutput = standardOutput
            self.standardError = standardError
            self.status = status
        }

        public var succeeded: Bool { status == 0 }
    }

    /// The command line as a user would type it, for messages.
    public var displayText: String {
        ([executable] + arguments).joined(separator: " ")
    }

    /// The absolute path `executable` resolves to, or nil when it cannot be found.
    public func resolvedExecutable() -> String? {
        let fileManager = FileManager.default
        if executable.contains("/") {
            return fileManager.isExecutableFile(atPath: executable) ? executable : nil
        }
        let searchPath = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in searchPath.split(separator: ":") where !directory.isEmpty {
            let candidate = "\(directory)/\(executable)"
            if fileManager.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs the program to completion. Throws only when it cannot be started.
    public func run() throws(DiffError) -> Output {
        guard let path = resolvedExecutable() else {
            throw DiffError("cannot run '\(executable)': not found or not executable")
        }
        let fileManager = FileManager.default
        let scratch = fileManager.temporaryDirectory
            .appendingPathComponent("ekssc-command-\(UUID().uuidString)", isDirectory: true)
        do {
            try fileManager.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            throw DiffError("cannot create a temporary directory: \(error.localizedDescription)")
        }
        defer { try? fileManager.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        fileManager.createFile(atPath: outURL.path, contents: nil)
        fileManager.createFile(atPath: errURL.path, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        do {
            let outHandle = try FileHandle(forWritingTo: outURL)
            let errHandle = try FileHandle(forWritingTo: errURL)
            defer {
                try? outHandle.close()
                try? errHandle.close()
            }
            process.standardOutput = outHandle
            process.standardError = errHandle
            try process.run()
            process.waitUntilExit()
        } catch {
            throw DiffError("cannot run '\(path)': \(error.localizedDescription)")
        }
        let out = fileManager.contents(atPath: outURL.path) ?? Data()
        let err = fileManager.contents(atPath: errURL.path) ?? Data()
        return Output(standardOutput: [UInt8](out),
                      standardError: String(decoding: err, as: UTF8.self),
                      status: process.terminationStatus)
    }
}
