/// The section of the EKS security guide that ekssc follows (the reference whose manifest shapes
/// it emits) behind each rule, where it has one; the rules' rationales cite the AWS and
/// Kubernetes documentation as well.
enum LintGuideSections {
    static let byRule: [String: String] = [
        "EKS-IAM-001": "Security Best Practices: Least Privilege",
        "EKS-IAM-002": "Security Best Practices: Least Privilege",
        "EKS-IAM-003": "Security Best Practices: Least Privilege",
        "EKS-IAM-004": "Security Best Practices: Least Privilege",
        "EKS-IAM-006": "Common Security Issues: Access Denied Errors",
        "EKS-IAM-007": "Common Security Issues: Access Denied Errors",
        "EKS-IAM-008": "Common Security Issues: Access Denied Errors",
        "EKS-IAM-009": "Common Security Issues: Access Denied Errors",
        "EKS-IAM-010": "Common Security Issues: Access Denied Errors",
        "EKS-IAM-011": "Security Best Practices: Least Privilege",
        "EKS-ID-001": "IAM Roles for Service Accounts (IRSA): Setting Up IRSA",
        "EKS-ID-003": "RBAC with AWS IAM Integration: Mapping IAM Users to Kubernetes Users",
        "EKS-ID-004": "RBAC with AWS IAM Integration: Mapping IAM Users to Kubernetes Users",
        "EKS-ID-005": "RBAC with AWS IAM Integration: Mapping IAM Users to Kubernetes Users",
        "EKS-ID-006": "RBAC with AWS IAM Integration: Mapping IAM Users to Kubernetes Users",
        "EKS-RBAC-001": "RBAC with AWS IAM Integration: Kubernetes RBAC",
        "EKS-RBAC-002": "RBAC with AWS IAM Integration: Kubernetes RBAC",
        "EKS-RBAC-003": "RBAC with AWS IAM Integration: Kubernetes RBAC",
        "EKS-RBAC-004": "Secrets Management: Kubernetes Secrets",
        "EKS-RBAC-005": "RBAC with AWS IAM Integration: Kubernetes RBAC",
        "EKS-RBAC-006": "RBAC with AWS IAM Integration: Kubernetes RBAC",
        "EKS-NET-001": "Network Security: Network Policies",
        "EKS-NET-002": "Network Security: Security Groups",
        "EKS-NET-003": "Network Security: Network Policies",
        "EKS-NET-004": "IAM Roles for Service Accounts (IRSA): AWS SDK Credential Chain",
        "EKS-NET-005": "Security Best Practices: Network Policies",
        "EKS-CLUSTER-001": "Security Best Practices: Use Private Endpoints",
        "EKS-CLUSTER-002": "Encryption: Control Plane Encryption",
        "EKS-CLUSTER-003": "Compliance and Audit Logging: EKS Audit Logs",
        "EKS-CLUSTER-004": "RBAC with AWS IAM Integration: Mapping IAM Users to Kubernetes Users",
        "EKS-POD-001": "Security Best Practices: Pod Security Standards",
        "EKS-POD-002": "Security Best Practices: Pod Security Standards",
        "EKS-STORAGE-001": "Encryption: EBS Volume Encryption",
        "EKS-STORAGE-002": "Encryption: EBS Volume Encryption",
        "EKS-SECRETS-001": "Secrets Management: AWS Secrets Manager Integration",
    ]
}

extension LintRule {
    /// The section of the reference EKS security guide the rule follows, if any.
    var guideSection: String? { LintGuideSections.byRule[id] }
}
