/// Everything the passes produce from one model, before it is laid out as files.
struct BuildArtifacts: Sendable {
    /// Every Kubernetes object, sorted by `objectKey`.
    var manifests: [any KubernetesManifest]
    /// Every IAM role (apps and secret stores), sorted by role name.
    var iamRoles: [IAMRoleArtifact]
    /// AWS CLI `--cli-input-json` documents, sorted by path.
    var awsInputs: [AWSCLIInput]
    /// The AWS side as CloudFormation stacks, sorted by name.
    var cloudFormationTemplates: [CloudFormationTemplate]
    /// The output's `README.md` for each layout: prerequisites and commands in order; empty when
    /// not built.
    var deployGuide: DeployGuide

    init(manifests: [any KubernetesManifest] = [], iamRoles: [IAMRoleArtifact] = [],
                awsInputs: [AWSCLIInput] = [], cloudFormationTemplates: [CloudFormationTemplate] = [],
                deployGuide: DeployGuide = DeployGuide()) {
        self.manifests = manifests
        self.iamRoles = iamRoles
        self.awsInputs = awsInputs
        self.cloudFormationTemplates = cloudFormationTemplates
        self.deployGuide = deployGuide
    }
}

/// One IAM role: its trust policy, inline permission policy and managed attachments.
struct IAMRoleArtifact: Sendable {
    var roleName: String
    var roleARN: String
    /// Who the role is for, e.g. `default/my-service-account`.
    var serviceAccount: ServiceAccountRef?
    var trustPolicy: Document
    /// Nil when the role has no inline statements.
    var permissionPolicy: Document?
    /// Sorted, unique.
    var managedPolicyARNs: [String]
    var permissionsBoundary: String?

    init(roleName: String, roleARN: String, serviceAccount: ServiceAccountRef?, trustPolicy: Document,
                permissionPolicy: Document?, managedPolicyARNs: [String], permissionsBoundary: String? = nil) {
        self.roleName = roleName
        self.roleARN = roleARN
        self.serviceAccount = serviceAccount
        self.trustPolicy = trustPolicy
        self.permissionPolicy = permissionPolicy
        self.managedPolicyARNs = managedPolicyARNs
        self.permissionsBoundary = permissionsBoundary
    }
}

/// Input JSON for one AWS CLI call (`aws <service> <command> --cli-input-json file://<path>`).
struct AWSCLIInput: Sendable {
    /// Relative to the output's `aws/` folder, e.g. `access-entries/john.json`.
    var path: String
    /// `eks create-access-entry`, `eks associate-encryption-config`, ...
    var command: String
    var document: Document

    init(path: String, command: String, document: Document) {
        self.path = path
        self.command = command
        self.document = document
    }
}
