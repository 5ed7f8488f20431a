import Foundation

/// The one place tests find the repository's own files: every path is relative to its root,
/// which is computed once, here, from this file's place (`Tests/EKSSCTests/Support/`).
enum Repository {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `relative` below the root, e.g. `url("docs/rules.md")`.
    static func url(_ relative: String) -> URL {
        root.appendingPathComponent(relative)
    }

    /// `Tests/EKSSCTests/Fixtures`.
    static let fixtures = url("Tests/EKSSCTests/Fixtures")

    /// `examples/`.
    static let examples = url("examples")
}
