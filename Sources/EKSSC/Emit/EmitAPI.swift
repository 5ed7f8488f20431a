// The Emit stage's public entry points. Bodies are filled in by the Emit implementation;
// signatures are fixed so that the CLI, the diff and the tests can be written against them.

/// Renders documents as YAML through libyaml's emitter.
public enum YAMLEmitter {
    /// A YAML stream: each document starts with `---`; block style, 2-space indent, sequences
    /// indented under their key; strings YAML 1.1 would misread quoted; `\n` endings; one
    /// trailing newline.
    public static func render(_ documents: [Document]) -> String {
        fatalError("YAMLEmitter.render is not implemented yet")
    }
}

/// Renders a document as JSON with 2-space indentation, keys in the document's order, and one
/// trailing newline.
public enum JSONEmitter {
    public static func render(_ document: Document) -> String {
        fatalError("JSONEmitter.render is not implemented yet")
    }
}

/// Reads YAML streams (and JSON, a subset) through libyaml's parser into documents.
public enum YAMLReader {
    /// Every document of the stream, in order. Plain scalars resolve like YAML 1.2's core schema
    /// (`true`/`false`, `null`/`~`/empty, integers); quoted scalars are always strings.
    public static func read(_ bytes: [UInt8]) throws(YAMLReadError) -> [Document] {
        fatalError("YAMLReader.read is not implemented yet")
    }
}

/// Why a YAML or JSON text could not be read: the reader's message and 1-based position.
public struct YAMLReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var line: Int
    public var column: Int

    public init(message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column): \(message)" }
}
