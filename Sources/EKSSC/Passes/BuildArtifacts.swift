/// Everything the passes produce from one model, before it is laid out as files.
public struct BuildArtifacts: Sendable {
    /// Every Kubernetes object, sorted by `objectKey`.
    public var manifests: [any KubernetesManifest]
    /// Every IAM role (apps and secret stores), sorted by role name.
    public var iamRoles: [IAMRoleArtifact]
    /// AWS CLI `--cli-input-json` documents, sorted by path.
    public var awsInputs: [AWSCLIInput]
    /// The AWS side as CloudFormation stacks, sorted by name.
    public var cloudFormationTemplates: [CloudFormationTemplate]
    /// The output's `README.md`: prerequisites and commands in order; empty when not built.
    public var deployGuide: String

    public init(manifests: [any KubernetesManifest] = [], iamRoles: [IAMRoleArtifact] = [],
                awsInputs: [AWSCLIInput] = [], cloudFormationTemplates: [CloudFormationTemplate] = [],
                deployGuide: String = "") {
        self.manifests = manifests
        self.iamRoles = iamRoles
        self.awsInputs = awsInputs
        self.cloudFormationTemplates = cloudFormationTemplates
        self.deployGuide = deployGuide
    }
}

/// One IAM role: its trust policy, inline permission policy and managed attachments.
public struct IAMRoleArtifact: Sendable {
    public var roleName: String
    public var roleARN: String
    /// Who the role is for, e.g. `default/my-service-account`.
    public var serviceAccount: ServiceAccountRef?
    public var trustPolicy: Document
    /// Nil when the role has no inline statements.
    public var permissionPolicy: Document?
    /// Sorted, unique.
    public var managedPolicyARNs: [String]
    public var permissionsBoundary: String?

    public init(roleName: String, roleARN: String, serviceAccount: ServiceAccountRef?, trustPolicy: Document,
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
public struct AWSCLIInput: Sendable {
    /// Relative to the output's `aws/` folder, e.g. `access-entries/john.json`.
    public var path: String
    /// `eks create-access-entry`, `eks associate-encryption-config`, ...
    public var command: String
    public var document: Document

    public init(path: String, command: String, document: Document) {
        self.path = path
        self.command = command
        self.document = document
    }
}
