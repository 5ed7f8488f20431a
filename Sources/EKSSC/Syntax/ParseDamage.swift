/// What syntax errors took away from the tree, so that semantic analysis can still run on the
/// rest without reporting consequences of the syntax errors as errors of their own.
struct ParseDamage: Sendable, Equatable {
    /// Names declared by declarations that failed to parse (`tier web in` with no namespace
    /// still declares `web`): references to them are not "undefined".
    var brokenNames: Set<String> = []
    /// A declaration failed before its name could be read: any reference might be to it.
    var hasUnnamedBrokenDeclaration = false
    /// A `cluster` declaration failed to parse: "no cluster" is not an error of its own.
    var hasBrokenCluster = false
    /// The ranges of declarations that parsed with a setting skipped: a setting they lack may
    /// be the one that was skipped.
    var incomplete: [SourceRange] = []

    init() {}

    /// Whether nothing was lost.
    var isEmpty: Bool {
        brokenNames.isEmpty && !hasUnnamedBrokenDeclaration && !hasBrokenCluster && incomplete.isEmpty
    }

    /// Records a declaration that failed: `keyword` and the word after it (its name, for the
    /// declarations that have one).
    mutating func recordBroken(keyword: String, name: String?) {
        switch keyword {
        case "cluster":
            hasBrokenCluster = true
        case "flow", "nodes":
            break  // declares nothing that is referred to by name
        case "namespace", "tier", "app", "secretstore", "clustersecretstore", "role", "clusterrole", "user",
             "iam-role", "storageclass", "let", "template":
            if let name { brokenNames.insert(name) } else { hasUnnamedBrokenDeclaration = true }
        default:
            // Not a declaration keyword (a misspelt one): it may have declared anything,
            // the cluster included.
            hasUnnamedBrokenDeclaration = true
            hasBrokenCluster = true
        }
    }

    /// Adds what another file's errors took away.
    mutating func merge(_ other: ParseDamage) {
        brokenNames.formUnion(other.brokenNames)
        hasUnnamedBrokenDeclaration = hasUnnamedBrokenDeclaration || other.hasUnnamedBrokenDeclaration
        hasBrokenCluster = hasBrokenCluster || other.hasBrokenCluster
        incomplete += other.incomplete
    }

    /// Whether `offset` lies in a declaration that parsed with a setting skipped.
    func isInIncompleteDeclaration(_ offset: Int) -> Bool {
        incomplete.contains { $0.start <= offset && offset <= $0.end }
    }
}
