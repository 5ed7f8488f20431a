/// Phase one: every declaration is filed under its identity before anything is resolved, so
/// references work whatever the order of the file. Duplicates are reported here.
extension Analysis {
    func collectDeclarations() {
        // Room for every declaration of each kind up front: a large file would otherwise
        // regrow (and rehash) each table a dozen times.
        var counts = (apps: 0, flows: 0, tiers: 0, namespaces: 0)
        for declaration in syntax.declarations {
            switch declaration {
            case .app: counts.apps += 1
            case .flow: counts.flows += 1
            case .tier: counts.tiers += 1
            case .namespace: counts.namespaces += 1
            default: break
            }
        }
        var appFirst: [AppKey: SourceRange] = [:]
        appFirst.reserveCapacity(counts.apps)
        appDecls.reserveCapacity(counts.apps)
        flowDecls.reserveCapacity(counts.flows)
        tierDecls.reserveCapacity(counts.tiers)
        tiersByName.reserveCapacity(counts.tiers)
        namespaceDecls.reserveCapacity(counts.namespaces)
        var storageFirst: [String: SourceRange] = [:]
        for declaration in syntax.declarations {
            switch declaration {
            case .cluster(let decl):
                if let first = clusterDecl {
                    error(.duplicateCluster, "a build has one cluster; '\(decl.name.value)' is a second",
                          at: decl.name.range, notes: [DiagnosticNote("first declared here", at: first.name.range)])
                } else {
                    clusterDecl = decl
                }
            case .namespace(let decl):
                if let first = namespaceDecls[decl.name.value] {
                    duplicate("namespace", decl.name.value, at: decl.name.range, first: first.name.range)
                } else {
                    namespaceDecls[decl.name.value] = decl
                }
            case .tier(let decl):
                let id = TierID(namespace: decl.namespace.value, name: decl.name.value)
                if let first = tierDecls[id] {
                    duplicate("tier", id.description, at: decl.name.range, first: first.name.range)
                } else {
                    tierDecls[id] = decl
                    tiersByName[id.name, default: []].append(id)
                }
            case .flow(let decl):
                flowDecls.append(decl)
            case .app(let decl):
                let key = AppKey(namespace: decl.namespace.value, name: decl.name.value)
                if let first = appFirst[key] {
                    duplicate("app", "\(decl.namespace.value)/\(decl.name.value)", at: decl.name.range, first: first)
                } else {
                    appFirst[key] = decl.name.range
                    appDecls.append(decl)
                }
            case .secretStore(let decl):
                let id = SecretStoreID(namespace: decl.namespace?.value, name: decl.name.value)
                if let first = storeDecls[id] {
                    duplicate(id.isClusterWide ? "clustersecretstore" : "secretstore", id.description,
                              at: decl.name.range, first: first.name.range)
                } else {
                    storeDecls[id] = decl
                }
            case .role(let decl):
                let ref = RBACRoleRef(name: decl.name.value, namespace: decl.namespace?.value)
                if let first = roleDecls[ref] {
                    duplicate(decl.isClusterRole ? "clusterrole" : "role",
                              decl.namespace.map { "\($0.value)/\(decl.name.value)" } ?? decl.name.value,
                              at: decl.name.range, first: first.name.range)
                } else {
                    roleDecls[ref] = decl
                }
            case .mapping(let decl):
                mappingDecls.append(decl)
            case .nodes(let decl):
                nodesDecls.append(decl)
            case .storageClass(let decl):
                if let first = storageFirst[decl.name.value] {
                    duplicate("storageclass", decl.name.value, at: decl.name.range, first: first)
                } else {
                    storageFirst[decl.name.value] = decl.name.range
                    storageDecls.append(decl)
                }
            case .constant, .template:
                break  // expanded away before analysis (`ReuseExpansion`)
            }
        }
        for name in tiersByName.keys { tiersByName[name]?.sort() }
    }

    /// An app's identity: its namespace and name (hashed as two strings, not joined into one).
    private struct AppKey: Hashable {
        var namespace: String
        var name: String
    }
}
