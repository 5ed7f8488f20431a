#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import EKSSC

/// Where the CLI writes: stdout or stderr, and whether that stream wants colour.
struct Terminal {
    let descriptor: Int32

    static let standardOutput = Terminal(descriptor: 1)
    static let standardError = Terminal(descriptor: 2)

    /// Colour only on a terminal, and never when `NO_COLOR` is set.
    var wantsColor: Bool {
        isatty(descriptor) == 1 && getenv("NO_COLOR") == nil
    }

    func write(_ text: String) {
        write(bytes: Array(text.utf8))
    }

    /// Writes `bytes` as they are (no UTF-8 repair: `ekssc fmt -` copies comments byte for byte).
    func write(bytes: [UInt8]) {
        var bytes = bytes
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                writeBytes(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
    }

    /// Prints diagnostics with their source lines, then a one-line summary.
    func report(_ compilation: Compilation) {
        write(compilation.renderDiagnostics(.text(colored: wantsColor)))
    }

    /// `ekssc: error: message` for failures that have no source location.
    func fail(_ message: String) {
        write("ekssc: error: \(message)\n")
    }
}

/// The C library's `write(2)`. A free function: inside `Terminal`, `write` names its own method,
/// and naming the C module (Glibc) would tie the CLI to Linux.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
