import ArgumentParser
import EKSSC

/// The argument lists nearly every run has — `build FILE... -o DIR` (with `--layout`, `--force`,
/// `--check`) and `check FILE...` — turned into their command without ArgumentParser's
/// reflection.
///
/// Why: ArgumentParser builds each command's argument set by reflecting over the command (and
/// over two completion-script commands it checks for first), and every type it meets costs a
/// scan of the binary's protocol conformance records: about a third of the instructions of
/// building the guide example. ArgumentParser stays the parser of record: anything this does not
/// recognise exactly (help and version flags, `--name=value`, a value that looks like an option,
/// a repeated option, `-` or `--`, another command, a usage error) returns nil and goes to
/// `parseAsRoot` as before. What is recognised becomes the same command value ArgumentParser
/// would produce (`CommonInvocationCLITests` runs both spellings and compares).
enum CommonInvocation {
    /// The command for `arguments` (without the program name), or nil when ArgumentParser must
    /// parse them.
    static func command(for arguments: [String]) -> ParsableCommand? {
        guard let name = arguments.first else { return nil }
        var rest = arguments.dropFirst()
        switch name {
        case "build":
            var files: [String] = []
            var output: String?
            var layout: CompileOptions.Layout?
            var force = false, check = false
            while let token = rest.popFirst() {
                switch token {
                case "-o", "--output-dir":
                    guard output == nil, let value = rest.popFirst(), isPlainValue(value) else { return nil }
                    output = value
                case "--layout":
                    guard layout == nil, let value = rest.popFirst(), isPlainValue(value),
                          let parsed = CompileOptions.Layout(rawValue: value) else { return nil }
                    layout = parsed
                case "--force":
                    guard !force else { return nil }
                    force = true
                case "--check":
                    guard !check else { return nil }
                    check = true
                default:
                    guard isPlainValue(token) else { return nil }
                    files.append(token)
                }
            }
            guard !files.isEmpty, let output else { return nil }
            var command = BuildCommand()
            command.files = files
            command.output = output
            command.force = force
            command.check = check
            command.layout = layout ?? BuildCommand.defaultLayout
            command.lint = LintOptions.defaults
            return command
        case "check":
            var files: [String] = []
            while let token = rest.popFirst() {
                guard isPlainValue(token) else { return nil }
                files.append(token)
            }
            guard !files.isEmpty else { return nil }
            var command = CheckCommand()
            command.files = files
            command.lint = LintOptions.defaults
            return command
        default:
            return nil
        }
    }

    /// A value ArgumentParser would take as it is: not empty, not option-like, not `help`.
    private static func isPlainValue(_ token: String) -> Bool {
        guard let first = token.utf8.first else { return false }
        return first != UInt8(ascii: "-") && token != "help"
    }
}
