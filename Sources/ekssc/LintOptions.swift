import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import EKSSC

/// How diagnostics are written.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, sarif
}

/// `--output`, `--fail-on` and `--rule`, shared by `check` and `build`.
struct LintOptions: ParsableArguments {
    @Option(name: .customLong("output"), help: "Diagnostics as 'text' (stderr) or 'sarif' (SARIF 2.1.0 on stdout).")
    var format: OutputFormat = Self.defaultFormat

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a diagnostic of this level or worse remains: error, warning or note.")
    var failOn: String = Self.defaultFailOn

    @Option(name: .customLong("rule"), help: "Set a lint rule's level: ID=error|warning|note|off (repeatable).")
    var rules: [String] = []

    /// The defaults, named so that `CommonInvocation` fills in exactly what ArgumentParser would.
    static let defaultFormat = OutputFormat.text
    static let defaultFailOn = "error"

    /// The options as ArgumentParser fills them when none is given.
    static var defaults: LintOptions {
        var options = LintOptions()
        options.format = defaultFormat
        options.failOn = defaultFailOn
        options.rules = []
        return options
    }

    /// The configuration from `--rule`; a bad setting is a usage error (exit 2).
    func configuration() throws -> LintConfiguration {
        var configuration = LintConfiguration()
        for setting in rules {
            do {
                try configuration.apply(setting)
            } catch {
                Terminal.standardError.fail(error.description)
                throw ExitCode(2)
            }
        }
        return configuration
    }

    func threshold() throws -> Severity {
        guard let level = Severity(rawValue: failOn) else {
            Terminal.standardError.fail("invalid --fail-on '\(failOn)': expected error, warning or note")
            throw ExitCode(2)
        }
        return level
    }

    /// Writes the diagnostics in the chosen format: text on stderr, SARIF on stdout.
    func report(_ compilation: Compilation) {
        switch format {
        case .text:
            Terminal.standardError.report(compilation)
        case .sarif:
            Terminal.standardOutput.write(compilation.renderDiagnostics(.sarifFiles(uris: compilation.sources.map { Self.relativePath($0.path) })))
        }
    }

    /// `path` relative to the current directory when it lies below it.
    static func relativePath(_ path: String) -> String {
        guard path.hasPrefix("/"), let cwd = getcwd(nil, 0) else {
            return path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        }
        defer { free(cwd) }
        let directory = String(cString: cwd)
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
