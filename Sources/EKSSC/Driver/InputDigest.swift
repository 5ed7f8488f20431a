/// The digest of everything a build's files depend on: every source file (its path as given and
/// its bytes), the layout, whether verification ran, and the ekssc version. The output marker
/// records it (bound to the files' hashes), so that a rebuild with the same inputs over a tree
/// that still matches its marker skips the passes, rendering and verification.
///
/// Independent of the order the files are given in: each file contributes one line, and the
/// lines are sorted before hashing. Lint levels are left out on purpose: they change diagnostics
/// (which the front end still computes on every build), never the files.
enum InputDigest {
    static func of(_ sources: [SourceFile], options: CompileOptions) -> String {
        let files = sources.map { SHA256.hexDigest($0.bytes) + " " + SHA256.hexDigest($0.path) + "\n" }.sorted()
        let settings = "ekssc \(EKSSCVersion.current)\nlayout \(options.layout.rawValue)\nverify \(options.verify)\n"
        return SHA256.hexDigest(settings + files.joined())
    }
}
