#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One run of an external program (kubectl, aws) with its output captured, never printed.
///
/// The program is started with `posix_spawn` and reaped with `waitpid`, with a clean signal
/// mask, stdin from /dev/null, and output to temporary files rather than pipes, so a chatty
/// program can never block on a full pipe while we wait for it.
struct ExternalCommand: Sendable {
    /// A program name (looked up on `PATH` of `environment`) or a path containing `/`.
    var executable: String
    var arguments: [String]
    /// The child's whole environment.
    var environment: [String: String]
    /// The most standard output that is read; a program that prints more fails the run.
    var outputLimit: Int

    init(executable: String, arguments: [String], environment: [String: String],
                outputLimit: Int = InputFile.maxBytes) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.outputLimit = outputLimit
    }

    /// What the program wrote and how it ended.
    struct Output: Sendable, Equatable {
        var standardOutput: [UInt8]
        var standardError: String
        /// The exit status, or 128 + the signal number when a signal ended it.
        var status: Int32

        init(standardOutput: [UInt8], standardError: String, status: Int32) {
            self.standardOutput = standardOutput
            self.standardError = standardError
            self.status = status
        }

        var succeeded: Bool { status == 0 }
    }

    /// The command line as a user would type it, for messages.
    var displayText: String {
        ([executable] + arguments).joined(separator: " ")
    }

    /// The path `executable` resolves to, or nil when it cannot be found.
    func resolvedExecutable() -> String? {
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

    /// Runs the program to completion. Throws when it cannot be started or prints more than
    /// `outputLimit` bytes.
    func run() throws(DiffError) -> Output {
        let fileManager = FileManager.default
        let scratch = fileManager.temporaryDirectory.appendingPathComponent("ekssc-command-\(UUID().uuidString)")
        do {
            try fileManager.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            throw DiffError("cannot create a temporary directory: \(String(describing: error))")
        }
        defer { try? fileManager.removeItem(at: scratch) }
        let outPath = scratch.appendingPathComponent("stdout").path
        let errPath = scratch.appendingPathComponent("stderr").path
        let pid = try spawn(standardOutput: outPath, standardError: errPath)
        let status = Self.wait(for: pid)
        do throws(InputFile.ReadError) {
            let output = try InputFile.read(outPath, limit: outputLimit)
            // Only the start of what the program said on stderr is ever shown.
            let errors = (try? InputFile.read(errPath, limit: 1 << 20)) ?? Array("(more than 1 MiB on stderr)".utf8)
            return Output(standardOutput: output, standardError: String(decoding: errors, as: UTF8.self), status: status)
        } catch {
            throw DiffError(error.isTooLarge ? "'\(displayText)' printed more than \(InputFile.sizeText(outputLimit))"
                                             : "cannot read the output of '\(displayText)': \(error.description)")
        }
    }

    /// Starts the program with its output going to the two files; returns its process id.
    func spawn(standardOutput: String, standardError: String) throws(DiffError) -> pid_t {
        guard let path = resolvedExecutable() else {
            throw DiffError("cannot run '\(executable)': not found or not executable")
        }
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        var attributes: posix_spawnattr_t?
        #else
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, standardError, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        var defaulted = sigset_t()
        sigemptyset(&defaulted)
        for signal in [SIGPIPE, SIGTERM, SIGINT, SIGHUP] { sigaddset(&defaulted, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaulted)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.sorted { $0.key < $1.key }
            .map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        var result = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        // ETXTBSY: a program written just before (a script) can still be open for writing in a
        // child that another thread forked meanwhile; that descriptor closes at its exec.
        var retries = 0
        while result == ETXTBSY, retries < 50 {
            retries += 1
            usleep(10_000)
            result = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        }
        guard result == 0 else {
            throw DiffError("cannot run '\(path)': \(String(cString: strerror(result)))")
        }
        return pid
    }

    /// Waits for a child to end: its exit status, or 128 + the signal that ended it.
    static func wait(for pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            if errno != EINTR { return -1 }
        }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
