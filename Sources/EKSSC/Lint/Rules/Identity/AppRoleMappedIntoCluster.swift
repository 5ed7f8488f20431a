/// EKS-ID-002: an app's IAM role is also mapped into the cluster as a principal.
struct AppRoleMappedIntoCluster: LintRule {
    let id = "EKS-ID-002"
    let name = "AppRoleMappedIntoCluster"
    let defaultSeverity = Severity.warning
    let title = "An app's IAM role is also mapped into the cluster"
    let rationale = """
        A pod that assumes its app role would then also act in the Kubernetes API as the mapped \
        user and groups, on top of its ServiceAccount: a second, unreviewed path to cluster access \
        (EKS Best Practices Guide, Identity and Access Management, "Use IRSA / Pod Identity" and \
        "Use EKS access entries").
        """
    let fix = "give the app its own role, and map a separate role for people or pipelines"
    let badExample = """
        app api in shop {
          iam-role shop-api { allow "s3:GetObject" on "arn:aws:s3:::shop-assets/*" }
        }
        iam-role api "arn:aws:iam::123456789012:role/shop-api" {
          groups viewers
        }
        """
    let goodExample = """
        app api in shop {
          iam-role shop-api { allow "s3:GetObject" on "arn:aws:s3:::shop-assets/*" }
        }
        iam-role deployer "arn:aws:iam::123456789012:role/shop-deployer" {
          groups viewers
        }
        """

    func check(_ context: LintContext) -> [LintFinding] {
        let model = context.model
        // Only roles of the cluster's account can be app roles; most files map none.
        let mapped = model.principals.filter { $0.kind == .role && $0.arn.account == model.cluster.account }
        guard !mapped.isEmpty else { return [] }
        var apps: [String: App] = [:]
        for app in model.apps {
            if let role = IAMRoleNaming.roleName(of: app, in: model.cluster) { apps[role] = apps[role] ?? app }
        }
        return mapped.compactMap { principal in
            guard let roleName = principal.arn.resource.split(separator: "/").last.map(String.init),
                  let app = apps[roleName] else { return nil }
            return finding("'\(principal.name)' maps the IAM role of app '\(app.namespace)/\(app.name)' into the cluster",
                           at: context.sources.arn(of: principal), notes: [DiagnosticNote("the app is declared here", at: app.range)])
        }
    }
}
