@testable import EKSSC

/// The text tests compare documents by: the real JSON emitter's output (mapping order kept, ints
/// bare, strings quoted) without its trailing newline, so a failure shows a readable diff.
enum DocumentText {
    static func render(_ document: Document) -> String {
        String(JSONEmitter.render(document).dropLast())
    }
}
