/// Names and labels that several passes must agree on.
enum OutputConventions {
    /// Every ServiceAccount ekssc emits for an app carries `app.kubernetes.io/name: <app>`;
    /// the app's SecurityGroupPolicy selects its ServiceAccount by this label.
    static let appNameLabelKey = "app.kubernetes.io/name"

    /// The IRSA annotation on a ServiceAccount.
    static let roleARNAnnotation = "eks.amazonaws.com/role-arn"
}
