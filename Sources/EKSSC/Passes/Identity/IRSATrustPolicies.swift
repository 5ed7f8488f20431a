/// The IRSA trust policies of one cluster (`IAMPolicyDocument.irsaTrustPolicy`), with the parts
/// that depend only on the cluster (issuer keys, provider ARN, audience) built once: a large
/// file has a role per app, and each would otherwise derive the issuer three times.
///
/// Also measures them: the policies differ only in the `sub` value, so the size of one is the
/// size of the policy with an empty subject plus the size of its subject (as
/// `IAMPolicySize.characterCount` adds up a document), without walking the document per role.
struct IRSATrustPolicies {
    private let subjectKey: String
    private let audience: Document.Entry
    private let principal: Document
    /// `IAMPolicySize.characterCount` of the policy with the subject `""`, for an exact service
    /// account and for a pattern.
    private var emptySubjectSize = (exact: 0, pattern: 0)

    init(cluster: Cluster) {
        let issuer = cluster.oidcProviderHostPath
        subjectKey = issuer + ":sub"
        audience = Document.Entry(issuer + ":aud", .string(IAMPolicyDocument.irsaAudience))
        principal = .map(["Federated": .string(cluster.oidcProviderARN)])
        emptySubjectSize = (IAMPolicySize.characterCount(policy(subject: "", isPattern: false)),
                            IAMPolicySize.characterCount(policy(subject: "", isPattern: true)))
    }

    /// The trust policy for one service account, or for the service accounts a pattern matches.
    func policy(namespace: String, serviceAccount: ServiceAccountName) -> Document {
        policy(subject: Self.subject(namespace: namespace, serviceAccount: serviceAccount),
               isPattern: serviceAccount.isPattern)
    }

    /// The trust policy and its `IAMPolicySize.characterCount`.
    func policyAndSize(namespace: String, serviceAccount: ServiceAccountName) -> (policy: Document, size: Int) {
        let subject = Self.subject(namespace: namespace, serviceAccount: serviceAccount)
        let isPattern = serviceAccount.isPattern
        let size = (isPattern ? emptySubjectSize.pattern : emptySubjectSize.exact)
            + IAMPolicySize.quotedCount(subject) - IAMPolicySize.quotedCount("")
        return (policy(subject: subject, isPattern: isPattern), size)
    }

    /// `system:serviceaccount:<namespace>:<name or pattern>`
    private static func subject(namespace: String, serviceAccount: ServiceAccountName) -> String {
        "system:serviceaccount:\(namespace):\(serviceAccount.description)"
    }

    private func policy(subject: String, isPattern: Bool) -> Document {
        let subject = Document.Entry(subjectKey, .string(subject))
        let condition: [Document.Entry] = isPattern
            ? [Document.Entry("StringEquals", .map([audience])), Document.Entry("StringLike", .map([subject]))]
            : [Document.Entry("StringEquals", .map([subject, audience]))]
        return IAMPolicyDocument.policy([
            .map([
                "Effect": .string(PolicyEffect.allow.rawValue),
                "Principal": principal,
                "Action": .string("sts:AssumeRoleWithWebIdentity"),
                "Condition": .map(condition),
            ]),
        ])
    }
}
