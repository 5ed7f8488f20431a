/// Ownership: a file that starts with `owner TEAM { namespaces a, b }` belongs to that team, and
/// what lives in its namespaces is declared there and nowhere else. So a CODEOWNERS rule per
/// team file means something: no other file can open a flow into, or grant anything in, the
/// team's namespaces.
///
/// Every declaration has a home:
/// - a namespace, and a tier, app, secretstore or role in a namespace: that namespace's owner
///   (the file whose `owner` lists it), or a file without `owner` when nobody owns it;
/// - a flow: the owner of every namespace its endpoints are in when that is one and the same
///   owner; a flow between namespaces of different owners, or of an owned and an unowned one,
///   or to `namespaces where ...` (which may match any namespace), belongs to a file without
///   `owner` (the platform team's); a CIDR endpoint is in no namespace;
/// - cluster-scoped things (`cluster`, `clusterrole`, `clustersecretstore`, `user` and
///   `iam-role` mappings, `nodes`, `storageclass`): a file without `owner`.
///
/// A declaration outside its home is an error: in a namespace another file owns (with a note at
/// that owner), or, in a team file, outside the team's namespaces (with a note at the file's
/// owner). A namespace listed by two owners is an error too.
extension Analysis {
    func checkOwnership() {
        guard !syntax.owners.isEmpty else { return }
        var ownerOf: [String: (owner: OwnerSyntax, listed: SourceRange)] = [:]
        // A namespace owned twice is reported once: not again at each declaration in it.
        var contested: Set<String> = []
        for owner in syntax.owners {
            for namespace in owner.namespaces {
                if let first = ownerOf[namespace.value] {
                    contested.insert(namespace.value)
                    error(.namespaceOwnedTwice,
                          "namespace '\(namespace.value)' is already owned by '\(first.owner.name.value)'",
                          at: namespace.range, notes: [DiagnosticNote("owned here", at: first.listed)],
                          hint: "a namespace has one owner; list it in one 'owner' statement")
                } else {
                    ownerOf[namespace.value] = (owner, namespace.range)
                    requireNamespace(namespace)
                }
            }
        }
        // Owner statements are in file order, as the declarations are.
        let owners = syntax.owners.sorted { $0.file.start < $1.file.start }
        checkReuseOwnership(owners)
        for declaration in syntax.declarations {
            let fileOwner = owner(of: declaration.range, among: owners)
            switch home(of: declaration, ownerOf: ownerOf) {
            case .team(let home, let namespace, let listed):
                guard fileOwner?.range != home.range, !contested.contains(namespace) else { continue }
                let what = switch declaration {
                case .namespace: "namespace '\(namespace)' is owned by '\(home.name.value)'"
                case .flow: "this flow reaches namespace '\(namespace)', which '\(home.name.value)' owns"
                default: "\(describe(declaration)) is in namespace '\(namespace)', which '\(home.name.value)' owns"
                }
                error(.ownedNamespace, what,
                      at: declaration.range, notes: [DiagnosticNote("owned here", at: listed)],
                      hint: "declare it in the file of '\(home.name.value)'")
            case .anywhere:
                continue
            case .platform(let reason):
                guard let fileOwner else { continue }
                error(.outsideOwnedNamespaces,
                      "a file of owner '\(fileOwner.name.value)' declares only what lives in its namespaces; \(reason)",
                      at: declaration.range, notes: [DiagnosticNote("the file's owner", at: fileOwner.name.range)],
                      hint: "declare it in a file without 'owner' (the platform's)")
            }
        }
    }

    /// A team's `let` and `template` are the team's own: a declaration in another team's file or
    /// in a platform file may not use them, or a change reviewed by one team would change what
    /// another team's (or the platform's) declarations grant. The platform's are everyone's.
    private func checkReuseOwnership(_ owners: [OwnerSyntax]) {
        // A constant's use gets its note at the `let` from `ReuseProvenance`, like every diagnostic on it.
        func check(use: SourceRange, definition: SourceRange, what: String, noted: Bool = true) {
            guard let definer = owner(of: definition, among: owners),
                  owner(of: use, among: owners)?.range != definer.range else { return }
            error(.foreignReuse, "\(what) belongs to owner '\(definer.name.value)'; only its own files may use it",
                  at: use, notes: noted ? [DiagnosticNote("defined here", at: definition)] : [],
                  hint: "move it to a file without 'owner' to share it, or copy it into this file")
        }
        for declaration in syntax.declarations {
            let uses: [TemplateUseSyntax] = switch declaration {
            case .app(let decl): decl.uses
            case .role(let decl): decl.uses
            default: []
            }
            for use in uses {
                guard let template = use.template else { continue }
                check(use: use.name.range, definition: template, what: "template '\(use.name.value)'")
            }
        }
        for use in constantUses {
            check(use: use.reference, definition: use.definition, what: "constant '\(use.name)'", noted: false)
        }
    }

    /// Where a declaration belongs.
    private enum Home {
        /// The file of `owner`, which lists `namespace` at `listed`.
        case team(OwnerSyntax, namespace: String, listed: SourceRange)
        /// A file without owner; `reason` says why, for a team file that declares it.
        case platform(reason: String)
        /// Any file: `let` and `template` grant nothing by themselves (`checkReuseOwnership`
        /// checks who uses them).
        case anywhere
    }

    private func home(of declaration: Declaration, ownerOf: [String: (owner: OwnerSyntax, listed: SourceRange)]) -> Home {
        func inNamespace(_ namespace: String) -> Home {
            guard let entry = ownerOf[namespace] else {
                return .platform(reason: "namespace '\(namespace)' is not one of them")
            }
            return .team(entry.owner, namespace: namespace, listed: entry.listed)
        }
        func clusterScoped(_ what: String) -> Home {
            .platform(reason: "\(what) is cluster-scoped")
        }
        switch declaration {
        case .cluster: return clusterScoped("the cluster")
        case .mapping(let decl): return clusterScoped("the mapping '\(decl.name.value)'")
        case .nodes: return clusterScoped("a node role")
        case .storageClass(let decl): return clusterScoped("storageclass '\(decl.name.value)'")
        case .constant, .template: return .anywhere
        case .namespace(let decl): return inNamespace(decl.name.value)
        case .tier(let decl): return inNamespace(decl.namespace.value)
        case .app(let decl): return inNamespace(decl.namespace.value)
        case .secretStore(let decl):
            return decl.namespace.map { inNamespace($0.value) } ?? clusterScoped("clustersecretstore '\(decl.name.value)'")
        case .role(let decl):
            return decl.namespace.map { inNamespace($0.value) } ?? clusterScoped("clusterrole '\(decl.name.value)'")
        case .flow(let decl):
            var namespaces: [String] = []
            for endpoint in [decl.source, decl.destination] {
                switch endpoint {
                case .tier(let reference):
                    if let namespace = reference.namespace?.value ?? tiersByName[reference.name.value]?.first?.namespace {
                        namespaces.append(namespace)
                    }
                case .namespace(let name, _):
                    namespaces.append(name.value)
                case .namespacesWhere:
                    return .platform(reason: "a flow with 'namespaces where' may reach any namespace")
                case .cidr:
                    break
                }
            }
            let homes = namespaces.map(inNamespace)
            guard case .team(let first, _, _)? = homes.first,
                  homes.allSatisfy({ if case .team(let owner, _, _) = $0 { owner.range == first.range } else { false } })
            else {
                if homes.contains(where: { if case .team = $0 { true } else { false } }) {
                    return .platform(reason: "a flow between namespaces of different owners belongs to the platform")
                }
                return homes.first ?? .platform(reason: "a flow between addresses is in no namespace")
            }
            return homes[0]
        }
    }

    /// The owner statement of the file `range` is in, by binary search over `owners` (in file order).
    private func owner(of range: SourceRange, among owners: [OwnerSyntax]) -> OwnerSyntax? {
        var low = 0
        var high = owners.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if owners[middle].governs(range) { return owners[middle] }
            if owners[middle].file.start < range.start { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }

    /// `tier 'payments/api'`, `flow`, ...: the declaration as messages name it.
    private func describe(_ declaration: Declaration) -> String {
        switch declaration {
        case .cluster(let decl): "cluster '\(decl.name.value)'"
        case .namespace(let decl): "namespace '\(decl.name.value)'"
        case .tier(let decl): "tier '\(decl.namespace.value)/\(decl.name.value)'"
        case .app(let decl): "app '\(decl.namespace.value)/\(decl.name.value)'"
        case .secretStore(let decl): "secretstore '\(decl.name.value)'"
        case .role(let decl): "role '\(decl.name.value)'"
        case .flow: "this flow"
        case .mapping(let decl): "the mapping '\(decl.name.value)'"
        case .nodes: "this node role"
        case .storageClass(let decl): "storageclass '\(decl.name.value)'"
        case .constant(let decl): "constant '\(decl.name.value)'"
        case .template(let decl): "template '\(decl.name.value)'"
        }
    }
}
