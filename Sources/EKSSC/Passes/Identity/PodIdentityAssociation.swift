/// One EKS Pod Identity association: an app's ServiceAccount bound to its role. The one
/// description that both the AWS CLI inputs and the CloudFormation template render.
struct PodIdentityAssociation: Sendable {
    var namespace: String
    var serviceAccount: String
    var roleARN: String

    /// Every association of the model, one per ServiceAccount, sorted by (namespace, name).
    static func all(in model: SecurityModel) -> [PodIdentityAssociation] {
        var byServiceAccount: [String: PodIdentityAssociation] = [:]
        for app in model.apps where app.identity == .podIdentity {
            // An association names one ServiceAccount; the analyzer rejects patterns here.
            guard case .exact(let serviceAccount) = app.serviceAccount,
                  let roleARN = IAMRoleNaming.roleARN(of: app, in: model.cluster) else { continue }
            let key = "\(app.namespace)/\(serviceAccount)"
            if byServiceAccount[key] == nil {
                byServiceAccount[key] = PodIdentityAssociation(namespace: app.namespace, serviceAccount: serviceAccount,
                                                               roleARN: roleARN)
            }
        }
        return byServiceAccount.values.sorted { ($0.namespace, $0.serviceAccount) < ($1.namespace, $1.serviceAccount) }
    }
}
