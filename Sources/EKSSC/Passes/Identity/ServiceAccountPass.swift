/// Emits the ServiceAccount of every app (not of service account patterns, which name no single
/// object) and of every secret store, with the IRSA role annotation where one applies.
///
/// Several apps (or an app and a store) may share one ServiceAccount: it is emitted once,
/// labelled with the first app's name (apps are sorted by namespace and name). Sharing it with
/// different IAM roles never reaches this pass: `ServiceAccountRoleCheck` rejects it.
struct ServiceAccountPass: LoweringPass {
    init() {}

    func run(_ model: SecurityModel) -> PassOutput {
        var order: [ServiceAccountRef] = []
        var byRef: [ServiceAccountRef: [(appName: String?, roleARN: String?)]] = [:]
        func claim(_ ref: ServiceAccountRef, appName: String?, roleARN: String?) {
            if byRef[ref] == nil { order.append(ref) }
            byRef[ref, default: []].append((appName, roleARN))
        }
        for app in model.apps {
            guard case .exact(let name) = app.serviceAccount else { continue }
            claim(ServiceAccountRef(namespace: app.namespace, name: name), appName: app.name,
                  roleARN: app.identity == .irsa ? IAMRoleNaming.roleARN(of: app, in: model.cluster) : nil)
        }
        for store in model.secretStores {
            claim(store.serviceAccount, appName: nil, roleARN: IAMRoleNaming.roleARN(of: store, in: model.cluster))
        }
        var manifests: [ServiceAccountManifest] = []
        for ref in order.sorted() {
            let group = byRef[ref] ?? []
            let appLabel = group.lazy.compactMap(\.appName).first.map {
                [Label(key: OutputConventions.appNameLabelKey, value: $0)]
            } ?? []
            let annotation = group.lazy.compactMap(\.roleARN).first.map {
                [Label(key: OutputConventions.roleARNAnnotation, value: $0)]
            } ?? []
            manifests.append(ServiceAccountManifest(metadata: .managed(
                name: ref.name, namespace: ref.namespace, labels: appLabel, annotations: annotation)))
        }
        return PassOutput(manifests: manifests)
    }
}
