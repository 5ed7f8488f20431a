/// Lowers each app's `security-groups` to a SecurityGroupPolicy named after the app.
///
/// It selects the app's ServiceAccount by `app.kubernetes.io/name: <app>`, the label the
/// ServiceAccount pass puts on it (`OutputConventions.appNameLabelKey`). The pod annotation
/// `vpc.amazonaws.com/security-group-ids` is deliberately never emitted: AWS's controller does not
/// read it. The analyzer already rejects more than 5 groups.
struct SecurityGroupPolicyPass: LoweringPass {
    init() {}

    func run(_ model: SecurityModel) -> PassOutput {
        PassOutput(manifests: model.apps.filter { !$0.securityGroups.isEmpty }.map { app in
            SecurityGroupPolicyManifest(
                metadata: .managed(name: app.name, namespace: app.namespace),
                serviceAccountSelector: [Label(key: OutputConventions.appNameLabelKey, value: app.name)],
                groupIDs: app.securityGroups)
        })
    }
}
