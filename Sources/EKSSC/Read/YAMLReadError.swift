/// Why a YAML or JSON text could not be read: the reader's message and 1-based position.
struct YAMLReadError: Error, Sendable, Equatable, CustomStringConvertible {
    var message: String
    var line: Int
    var column: Int

    init(message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    var description: String { "\(line):\(column): \(message)" }
}
