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
        var what: String
        var range: SourceRange
        /// Several declarations may share the file (a ServiceAccount of several apps and stores).
        var isShared = false
    }

    func diagnostics(for model: SecurityModel) -> [Diagnostic] {
        let files = plannedFiles(model)
        return files.compactMap(tooLong) + collisions(files)
    }

    func plannedFiles(_ model: SecurityModel) -> [PlannedFile] {
        var files: [PlannedFile] = []
        func object(_ kind: String, _ name: String, in namespace: String?, _ what: String, _ range: SourceRange,
                    isShared: Bool = false) {
            let path = "kubernetes/\(namespace ?? "_cluster")/" + OutputTreePass.manifestFileName(kind: kind, name: name)
            files.append(PlannedFile(path: path, what: what, range: range, isShared: isShared))
        }
        func awsInput(_ path: String, _ what: String, _ range: SourceRange, isShared: Bool = false) {
            files.append(PlannedFile(path: "aws/" + path, what: what, range: range, isShared: isShared))
        }
        for app in model.apps {
            let what = "app '\(Self.short(app.name))'"
            if case .exact(let account) = app.serviceAccount {
                object("ServiceAccount", account, in: app.namespace, what, app.range, isShared: true)
                if app.identity == .podIdentity, app.iamRole != nil {
                    awsInput(PodIdentityAssociationPass.path(namespace: app.namespace, serviceAccount: account), what,
                             app.range, isShared: true)
                }
            }
            if !app.securityGroups.isEmpty {
                object("SecurityGroupPolicy", app.name, in: app.namespace, what, app.range)
            }
            for secret in app.secrets {
                object("ExternalSecret", secret.name, in: app.namespace, "secret '\(Self.short(secret.name))'", secret.range)
            }
        }
        for store in model.secretStores {
            object(store.id.kind, store.id.name, in: store.id.namespace, "store '\(Self.short(store.id.description))'", store.range)
            object("ServiceAccount", store.serviceAccount.name, in: store.serviceAccount.namespace, "store '\(Self.short(store.id.description))'",
                   store.range, isShared: true)
        }
        for role in model.rbacRoles {
            object(role.namespace == nil ? "ClusterRole" : "Role", role.name, in: role.namespace, "role '\(Self.short(role.name))'", role.range)
        }
        for (binding, name) in zip(model.rbacBindings, RBACPass.bindingNames(model.rbacBindings)) {
            object(binding.namespace == nil ? "ClusterRoleBinding" : "RoleBinding", name, in: binding.namespace,
                   "the binding of '\(Self.short(binding.role.name))'", binding.range)
        }
        for storageClass in model.storageClasses {
            object("StorageClass", storageClass.name, in: nil, "storageclass '\(Self.short(storageClass.name))'", storageClass.range)
        }
        for node in model.nodeRoles {
            awsInput(AccessEntryPass.path(of: node), "node role '\(node.arn)'", node.range)
        }
        for principal in model.principals {
            let what = "mapping '\(Self.short(principal.name))'"
            awsInput(AccessEntryPass.path(of: principal), what, principal.range)
            for association in EKSAccessEntry.associations(of: principal) {
                awsInput(AccessEntryPass.path(of: association, for: principal), what, principal.range)
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
    private func collisions(_ files: [PlannedFile]) -> [Diagnostic] {
        var first: [String: PlannedFile] = [:]
        var diagnostics: [Diagnostic] = []
        for file in files.sorted(by: { ($0.range.start, $0.path) < ($1.range.start, $1.path) }) {
            guard let earlier = first[file.path] else {
                first[file.path] = file
                continue
            }
            guard !(earlier.isShared && file.isShared), earlier.range != file.range else { continue }
            diagnostics.append(SemanticDiagnostic.outputPathCollision(
                .error, "\(file.what) and \(earlier.what) would both be written to '\(file.path)'",
                at: file.range, notes: [DiagnosticNote("\(earlier.what) declared here", at: earlier.range)],
                hint: "rename one of them"))
        }
        return diagnostics
    }
}
