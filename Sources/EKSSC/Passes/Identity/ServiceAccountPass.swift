/// Emits the ServiceAccount of every app (not of service account patterns, which name no single
/// object) and of every secret store, with the IRSA role annotation where one applies.
///
/// Several apps (or an app and a store) may share one ServiceAccount: it is emitted once,
/// labelled with the first app's name (apps are sorted by namespace and name); sharing it with
/// different IAM roles is an error, since the annotation can name only one.
public struct ServiceAccountPass: LoweringPass {
    public init() {}

    public func run(_ model: SecurityModel) -> PassOutput {
        var claims: [ServiceAccountClaim] = []
        for app in model.apps {
            guard case .exact(let name) = app.serviceAccount else { continue }
            let roleARN = app.identity == .irsa ? IAMRoleNaming.roleARN(of: app, in: model.cluster) : nil
            claims.append(ServiceAccountClaim(
                ref: ServiceAccountRef(namespace: app.namespace, name: name), appName: app.name, roleARN: roleARN,
                owner: "app '\(app.namespace)/\(app.name)'", range: app.iamRole?.range ?? app.range))
        }
        for store in model.secretStores {
            let keyword = store.id.isClusterWide ? "clustersecretstore" : "secretstore"
            claims.append(ServiceAccountClaim(
                ref: store.serviceAccount, appName: nil, roleARN: IAMRoleNaming.roleARN(of: store, in: model.cluster),
                owner: "\(keyword) '\(store.id)'", range: store.range))
        }

        var diagnostics: [Diagnostic] = []
        var order: [ServiceAccountRef] = []
        var byRef: [ServiceAccountRef: [ServiceAccountClaim]] = [:]
        for claim in claims {
            if byRef[claim.ref] == nil { order.append(claim.ref) }
            byRef[claim.ref, default: []].append(claim)
        }
        var manifests: [ServiceAccountManifest] = []
        for ref in order.sorted() {
            let group = byRef[ref] ?? []
            let withRole = group.filter { $0.roleARN != nil }
            if let first = withRole.first {
                for other in withRole.dropFirst() where other.roleARN != first.roleARN {
                    diagnostics.append(IAMDiagnostic.conflictingServiceAccountRole(
                        .error, "serviceaccount '\(ref)' of \(other.owner) already has role "
                            + "'\(first.roleARN ?? "")' from \(first.owner)",
                        at: other.range, notes: [DiagnosticNote("role of \(first.owner)", at: first.range)],
                        hint: "use separate serviceaccounts, or give both the same role name"))
                }
            }
            let appLabel = group.lazy.compactMap(\.appName).first.map {
                [Label(key: OutputConventions.appNameLabelKey, value: $0)]
            } ?? []
            let annotation = withRole.first?.roleARN.map {
                [Label(key: OutputConventions.roleARNAnnotation, value: $0)]
            } ?? []
            manifests.append(ServiceAccountManifest(metadata: .managed(
                name: ref.name, namespace: ref.namespace, labels: appLabel, annotations: annotation)))
        }
        return PassOutput(manifests: manifests, diagnostics: diagnostics)
    }
}

/// One declaration's wish for a ServiceAccount: which app it belongs to and which role it wants.
struct ServiceAccountClaim {
    var ref: ServiceAccountRef
    var appName: String?
    var roleARN: String?
    var owner: String
    var range: SourceRange
}
