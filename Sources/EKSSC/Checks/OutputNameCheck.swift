/// Names that would give the build an output file it cannot write: a file or folder name over
/// the file system's 255 bytes (`kubernetes/<ns>/<kind>-<name>.yaml`, `aws/access-entries/<name>.json`,
/// ...), or two RoleBindings of one name in one namespace. Paths come from the same functions the
/// passes and `OutputLayout` use, so what is measured is what would be written.
public struct OutputNameCheck: ModelCheck {
    public init() {}

    /// One output file a declaration produces.
    struct PlannedFile {
        var path: String
        var what: String
        var range: SourceRange
    }

    public func diagnostics(for model: SecurityModel) -> [Diagnostic] {
        plannedFiles(model).compactMap(tooLong) + bindingCollisions(model)
    }

    func plannedFiles(_ model: SecurityModel) -> [PlannedFile] {
        var files: [PlannedFile] = []
        func object(_ kind: String, _ name: String, _ what: String, _ range: SourceRange) {
            files.append(PlannedFile(path: OutputLayout.manifestFileName(kind: kind, name: name), what: what, range: range))
        }
        for app in model.apps {
            if case .exact(let account) = app.serviceAccount {
                object("ServiceAccount", account, "app '\(app.name)'", app.range)
                if app.identity == .podIdentity, app.iamRole != nil {
                    files.append(PlannedFile(
                        path: PodIdentityAssociationPass.path(namespace: app.namespace, serviceAccount: account),
                        what: "app '\(app.name)'", range: app.range))
                }
            }
            if !app.securityGroups.isEmpty { object("SecurityGroupPolicy", app.name, "app '\(app.name)'", app.range) }
            for secret in app.secrets { object("ExternalSecret", secret.name, "secret '\(secret.name)'", secret.range) }
        }
        for store in model.secretStores {
            object(store.id.kind, store.id.name, "store '\(store.id)'", store.range)
            object("ServiceAccount", store.serviceAccount.name, "store '\(store.id)'", store.range)
        }
        for role in model.rbacRoles {
            object(role.namespace == nil ? "ClusterRole" : "Role", role.name, "role '\(role.name)'", role.range)
        }
        for (binding, name) in zip(model.rbacBindings, RBACPass.bindingNames(model.rbacBindings)) {
            object(binding.namespace == nil ? "ClusterRoleBinding" : "RoleBinding", name,
                   "the binding of '\(binding.role.name)'", binding.range)
        }
        for storageClass in model.storageClasses {
            object("StorageClass", storageClass.name, "storageclass '\(storageClass.name)'", storageClass.range)
        }
        for principal in model.principals {
            files.append(PlannedFile(path: AccessEntryPass.path(of: principal), what: "mapping '\(principal.name)'",
                                     range: principal.range))
            for association in AccessEntryPass.associations(of: principal) {
                files.append(PlannedFile(path: AccessEntryPass.path(of: association, for: principal),
                                         what: "mapping '\(principal.name)'", range: principal.range))
            }
        }
        return files
    }

    private func tooLong(_ file: PlannedFile) -> Diagnostic? {
        let limit = OutputLayout.maximumComponentBytes
        guard let component = file.path.split(separator: "/").first(where: { $0.utf8.count > limit }) else {
            return nil
        }
        return SemanticDiagnostic.outputNameTooLong(
            .error, "\(file.what) would be written to a file named '\(component.prefix(40))...' of "
                + "\(component.utf8.count) bytes; file systems allow at most \(limit)",
            at: file.range, hint: "use a shorter name")
    }

    /// Two bindings that get the same object name in the same namespace (a Role named
    /// `x-clusterrole` and a ClusterRole `x` bound beside a Role `x`).
    private func bindingCollisions(_ model: SecurityModel) -> [Diagnostic] {
        var first: [String: RBACBinding] = [:]
        var diagnostics: [Diagnostic] = []
        for (binding, name) in zip(model.rbacBindings, RBACPass.bindingNames(model.rbacBindings)) {
            let key = "\(binding.namespace ?? "")/\(name)"
            guard let earlier = first[key] else {
                first[key] = binding
                continue
            }
            let (one, other) = earlier.range.start <= binding.range.start ? (earlier, binding) : (binding, earlier)
            diagnostics.append(SemanticDiagnostic.duplicateDeclaration(
                .error, "the bindings of '\(one.role.name)' and '\(other.role.name)' would both be named '\(name)'",
                at: other.range, notes: [DiagnosticNote("the binding of '\(one.role.name)'", at: one.range)],
                hint: "rename one of the roles"))
        }
        return diagnostics
    }
}
