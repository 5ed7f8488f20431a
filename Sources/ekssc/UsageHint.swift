import ArgumentParser
import EKSSC

/// A "did you mean" line for a usage error: a misspelt subcommand (`ekssc chek` → `check`) or
/// an unknown option, named with the one it is close to (`--out` → `--output`).
enum UsageHint {
    /// The hint for `arguments` (without the program name), or nil when nothing is close.
    static func hint(for arguments: [String], root: ParsableCommand.Type) -> String? {
        let subcommands = root.configuration.subcommands
        let names = subcommands.map { $0._commandName }
        guard let first = arguments.first else { return nil }
        guard let command = subcommands.first(where: { $0._commandName == first }) else {
            if first.hasPrefix("-") { return nil }
            return Compiler.closestSpelling(to: first, among: names).map { "hint: unknown subcommand '\(first)'; did you mean '\($0)'?" }
        }
        let options = optionNames(of: command)
        for argument in arguments.dropFirst() where argument.hasPrefix("--") && argument != "--" {
            let name = String(argument.prefix { $0 != "=" })
            guard !options.contains(name) else { continue }
            if let close = Compiler.closestSpelling(to: name, among: options) {
                return "hint: unknown option '\(name)'; did you mean '\(close)'?"
            }
            return "hint: unknown option '\(name)'"
        }
        return nil
    }

    /// Every `--name` in the command's usage line, and `--help`.
    static func optionNames(of command: ParsableCommand.Type) -> [String] {
        var names: Set<String> = ["--help"]
        var current = ""
        for character in command.usageString() + " " {
            if character.isLetter || character.isNumber || character == "-" {
                current.append(character)
            } else {
                if current.hasPrefix("--"), current.count > 2 { names.insert(current) }
                current = ""
            }
        }
        return names.sorted()
    }
}
