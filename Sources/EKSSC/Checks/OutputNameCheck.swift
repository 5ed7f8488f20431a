/// Names that would give the build an output file it cannot write: a file or folder name over
/// the file system's 255 bytes (`kubernetes/<ns>/<kind>-<name>.yaml`, `aws/access-entries/<name>.json`,
/// ...), or two declarations whose files would have one path (two RoleBindings of one name, node
/// roles of one name in two accounts). Paths come from the same functions the passes and
/// `OutputTreePass` uses, so what is measured is what would be written.
struct OutputNameCheck: ModelCheck {
    init() {}

    /// One output file a declaration produces, by its path under `-o`.
    struct PlannedFile {
        var path: String
        /// What writes the file, as messages name it: `<label> '<name>'` (`app 'web'`), the name
        /// cut by `short` unless `cutsName` is false. Kept in parts: only a diagnostic needs it.
        var label: StaticString
        var name: String
        var range: SourceRange
        /// Several declarations may share the file (a ServiceAccount of several apps and stores).
        var isShared = false
        var cutsName = true

        var what: String { "\(label) '\(cutsName ? OutputNameCheck.short(name) : name)'" }
    }

    func diagnostics(for model: SecurityModel) -> [Diagnostic] {
        let files = plannedFiles(model)
        return files.compactMap(tooLong) + collisions(files)
    }

    func plannedFiles(_ model: SecurityModel) -> [PlannedFile] {
        var files: [PlannedFile] = []
        func object(_ kind: String, _ name: String, in namespace: String?, _ label: StaticString, _ what: String,
                    _ range: SourceRange, isShared: Bool = false) {
            let path = "kubernetes/\(namespace ?? "_cluster")/" + OutputTreePass.manifestFileName(kind: kind, name: name)
            files.append(PlannedFile(path: path, label: label, name: what, range: range, isShared: isShared))
        }
        func awsInput(_ path: String, _ label: StaticString, _ what: String, _ range: SourceRange,
                      isShared: Bool = false, cutsName: Bool = true) {
            files.append(PlannedFile(path: "aws/" + path, label: label, name: what, range: range, isShared: isShared,
                                     cutsName: cutsName))
        }
        for app in model.apps {
            if case .exact(let account) = app.serviceAccount {
                object("ServiceAccount", account, in: app.namespace, "app", app.name, app.range, isShared: true)
                if app.identity == .podIdentity, app.iamRole != nil {
                    awsInput(PodIdentityAssociationPass.path(namespace: app.namespace, serviceAccount: account), "app",
                             app.name, app.range, isShared: true)
                }
            }
            if !app.securityGroups.isEmpty {
                object("SecurityGroupPolicy", app.name, in: app.namespace, "app", app.name, app.range)
            }
            for secret in app.secrets {
                object("ExternalSecret", secret.name, in: app.namespace, "secret", secret.name, secret.range)
            }
        }
        for store in model.secretStores {
            let name = store.id.description
            object(store.id.kind, store.id.name, in: store.id.namespace, "store", name, store.range)
            object("ServiceAccount", store.serviceAccount.name, in: store.serviceAccount.namespace, "store", name,
                   store.range, isShared: true)
        }
        for role in model.rbacRoles {
            object(role.namespace == nil ? "ClusterRole" : "Role", role.name, in: role.namespace, "role", role.name, role.range)
        }
        for (binding, name) in zip(model.rbacBindings, RBACPass.bindingNames(model.rbacBindings)) {
            object(binding.namespace == nil ? "ClusterRoleBinding" : "RoleBinding", name, in: binding.namespace,
                   "the binding of", binding.role.name, binding.range)
        }
        for storageClass in model.storageClasses {
            object("StorageClass", storageClass.name, in: nil, "storageclass", storageClass.name, storageClass.range)
        }
        for node in model.nodeRoles {
            awsInput(AccessEntryPass.path(of: node), "node role", "\(node.arn)", node.range, cutsName: false)
        }
        for principal in model.principals {
            awsInput(AccessEntryPass.path(of: principal), "mapping", principal.name, principal.range)
            for association in EKSAccessEntry.associations(of: principal) {
                awsInput(AccessEntryPass.path(of: association, for: principal), "mapping", principal.name, principal.range)
            }
        }
        return files
    }

    /// A name as a message shows it: names long enough to be a problem are cut after 40 characters.
    static func short(_ name: String) -> String {
        // Characters never outnumber UTF-8 bytes: count characters only for a long name.
        name.utf8.count > 48 && name.count > 48 ? name.prefix(40) + "..." : name
    }

    private func tooLong(_ file: PlannedFile) -> Diagnostic? {
        let limit = OutputTreePass.maximumComponentBytes
        // No component of a path within the limit can be over it.
        guard file.path.utf8.count > limit, let component = file.path.split(separator: "/").first(where: { $0.utf8.count > limit }) else {
            return nil
        }
        return SemanticDiagnostic.outputNameTooLong(
            .error, "\(file.what) would be written to a file named '\(component.prefix(40))...' of "
                + "\(component.utf8.count) bytes; file systems allow at most \(limit)",
            at: file.range, hint: "use a shorter name")
    }

    /// Declarations whose files would have one path (outside files they may share), reported at
    /// the later one.
    ///
    /// As if the files were walked in the order of (declaration start, path, place in `files`),
    /// each compared with the first file of its path: most paths have one file, so the files
    /// are grouped by path first and only the groups of several are put in that order.
    private func collisions(_ files: [PlannedFile]) -> [Diagnostic] {
        var firstIndex: [String: Int] = [:]
        firstIndex.reserveCapacity(files.count)
        var repeated: [Int] = []
        for (index, file) in files.enumerated() {
            // One hash per path: put the first index back when the path was there already.
            if let first = firstIndex.updateValue(index, forKey: file.path) {
                firstIndex[file.path] = first
                repeated.append(index)
            }
        }
        guard !repeated.isEmpty else { return [] }
        var groups: [String: [Int]] = [:]
        for index in repeated {
            let path = files[index].path
            groups[path, default: [firstIndex[path]!]].append(index)
        }
        func precedes(_ a: Int, _ b: Int) -> Bool {
            (files[a].range.start, files[a].path, a) < (files[b].range.start, files[b].path, b)
        }
        var found: [(index: Int, diagnostic: Diagnostic)] = []
        for group in groups.values where group.count > 1 {
            let ordered = group.sorted(by: precedes)
            let earlier = files[ordered[0]]
            for index in ordered.dropFirst() {
                let file = files[index]
                guard !(earlier.isShared && file.isShared), earlier.range != file.range else { continue }
                found.append((index, SemanticDiagnostic.outputPathCollision(
                    .error, "\(file.what) and \(earlier.what) would both be written to '\(file.path)'",
                    at: file.range, notes: [DiagnosticNote("\(earlier.what) declared here", at: earlier.range)],
                    hint: "rename one of them")))
            }
        }
        return found.sorted { precedes($0.index, $1.index) }.map(\.diagnostic)
    }
}
