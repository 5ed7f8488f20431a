/// Semantic analysis of a file that has syntax errors reports only errors that stand on their
/// own: not those that follow from what the syntax errors took away (`ParseDamage`).
///
/// Dropped: warnings (the file cannot build anyway; an "unreachable tier" may only lack the
/// flow that failed to parse); "no cluster" when a cluster declaration failed; a missing
/// setting or storage backend in a declaration that had a setting skipped; and an undefined
/// name that a failed declaration may have declared.
enum SyntaxErrorCascade {
    private static let unresolvedReference: Set<String> = [
        SemanticDiagnostic.undefinedNamespace.id, SemanticDiagnostic.undefinedTier.id,
        SemanticDiagnostic.undefinedStore.id, SemanticDiagnostic.undefinedRole.id,
    ]
    private static let missingPart: Set<String> = [
        SemanticDiagnostic.missingSetting.id, SemanticDiagnostic.storageBackend.id,
    ]

    /// The diagnostics of `semantic` that are independent of the syntax errors.
    static func independent(_ semantic: [Diagnostic], damage: ParseDamage, in file: SourceFile) -> [Diagnostic] {
        semantic.filter { diagnostic in
            guard diagnostic.isError else { return false }
            if diagnostic.id == SemanticDiagnostic.missingCluster.id { return !damage.hasBrokenCluster }
            if missingPart.contains(diagnostic.id) {
                return !damage.isInIncompleteDeclaration(diagnostic.range.start)
            }
            if unresolvedReference.contains(diagnostic.id) {
                return !mayReferToBrokenDeclaration(diagnostic.range, damage: damage, in: file)
            }
            return true
        }
    }

    /// Whether the name written at `range` (`name`, `namespace/name`, `"name"`) is, or may be,
    /// one a failed declaration declared.
    private static func mayReferToBrokenDeclaration(_ range: SourceRange, damage: ParseDamage, in file: SourceFile) -> Bool {
        if damage.hasUnnamedBrokenDeclaration { return true }
        let start = range.start - file.baseOffset
        let end = range.end - file.baseOffset
        guard start >= 0, start <= end, end <= file.bytes.count else { return false }
        var written = String(decoding: file.bytes[start..<end], as: UTF8.self)
        if written.hasPrefix("\""), written.hasSuffix("\""), written.count >= 2 { written = String(written.dropFirst().dropLast()) }
        let parts = written.split(separator: "/").map(String.init)
        return damage.brokenNames.contains(written) || parts.contains { damage.brokenNames.contains($0) }
    }
}
