import Foundation
import SecurityConfigStep

// generate-security-config SOURCE.sec OUTPUT-DIR: the step a user's build script runs.
func standardError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    standardError("usage: generate-security-config SOURCE.sec OUTPUT-DIR\n")
    exit(2)
}
let outcome = SecurityConfigStep.run(sourcePath: arguments[1], outputDirectory: arguments[2])
standardError(outcome.diagnostics)
if let failure = outcome.failure {
    standardError("generate-security-config: \(failure)\n")
    exit(1)
}
print("wrote \(outcome.written.count) files to \(arguments[2])")
