@testable import EKSSC

/// Desired output for a slice of `examples/guide.sec`, built by hand in the shapes issue 3
/// fixes, so the comparison can be tested without the passes.
enum GuideArtifacts {
    static let issuer = "oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E"
    static let providerARN = "arn:aws:iam::123456789012:oidc-provider/\(issuer)"

    static func label(_ key: String, _ value: String) -> Label { Label(key: key, value: value) }

    static var manifests: [any KubernetesManifest] {
        [
            StubManifest("v1", "Namespace", "default", labels: [
                label("pod-security.kubernetes.io/enforce", "restricted"),
            ]),
            StubManifest("v1", "ServiceAccount", "my-service-account", namespace: "default",
                         labels: [label("app.kubernetes.io/name", "my-app")],
                         annotations: [label("eks.amazonaws.com/role-arn", "arn:aws:iam::123456789012:role/my-app-role")]),
            StubManifest("rbac.authorization.k8s.io/v1", "Role", "developer", namespace: "default", body: [
                "rules": .list([.map([
                    "apiGroups": .strings([""]),
                    "resources": .strings(["pods", "services"]),
                    "verbs": .strings(["get", "list", "create", "update", "delete"]),
                ])]),
            ]),
            StubManifest("rbac.authorization.k8s.io/v1", "RoleBinding", "developer", namespace: "default", body: [
                "roleRef": .map(["apiGroup": .string("rbac.authorization.k8s.io"), "kind": .string("Role"),
                                 "name": .string("developer")]),
                "subjects": .list([.map(["apiGroup": .string("rbac.authorization.k8s.io"), "kind": .string("User"),
                                         "name": .string("john")])]),
            ]),
            StubManifest("v1", "ConfigMap", "aws-auth", namespace: "kube-system", body: [
                "data": .map([
                    "mapRoles": .yamlText(.list([
                        .map(["rolearn": .string("arn:aws:iam::123456789012:role/eks-admin"),
                              "username": .string("eks-admin"), "groups": .strings(["system:masters"])]),
                        .map(["rolearn": .string("arn:aws:iam::123456789012:role/eks-node-role"),
                              "username": .string("system:node:{{EC2PrivateDNSName}}"),
                              "groups": .strings(["system:bootstrappers", "system:nodes"])]),
                    ])),
                    "mapUsers": .yamlText(.list([
                        .map(["userarn": .string("arn:aws:iam::123456789012:user/jane"),
                              "username": .string("jane"), "groups": .strings(["system:authenticated"])]),
                        .map(["userarn": .string("arn:aws:iam::123456789012:user/john"),
                              "username": .string("john"), "groups": .strings(["system:masters"])]),
                    ])),
                ]),
            ]),
            StubManifest("networking.k8s.io/v1", "NetworkPolicy", "web", namespace: "default", body: [
                "spec": .map([
                    "podSelector": .map(["matchLabels": .map(["app": .string("web")])]),
                    "policyTypes": .strings(["Ingress", "Egress"]),
                    "ingress": .list([.map([
                        "from": .list([.map(["podSelector": .map(["matchLabels": .map(["app": .string("frontend")])])])]),
                        "ports": .list([.map(["protocol": .string("TCP"), "port": .int(8080)])]),
                    ])]),
                    "egress": .list([
                        .map([
                            "to": .list([.map(["podSelector": .map(["matchLabels": .map(["app": .string("database")])])])]),
                            "ports": .list([.map(["protocol": .string("TCP"), "port": .int(5432)])]),
                        ]),
                        .map([
                            "to": .list([.map([
                                "namespaceSelector": .map(["matchLabels": .map(["kubernetes.io/metadata.name": .string("kube-system")])]),
                                "podSelector": .map(["matchLabels": .map(["k8s-app": .string("kube-dns")])]),
                            ])]),
                            "ports": .list([.map(["protocol": .string("UDP"), "port": .int(53)]),
                                            .map(["protocol": .string("TCP"), "port": .int(53)])]),
                        ]),
                    ]),
                ]),
            ]),
            StubManifest("external-secrets.io/v1", "ExternalSecret", "app-secret", namespace: "default", body: [
                "spec": .map([
                    "refreshInterval": .string("1h"),
                    "secretStoreRef": .map(["kind": .string("SecretStore"), "name": .string("aws-secrets-manager")]),
                    "target": .map(["name": .string("app-secret")]),
                    "data": .list([.map([
                        "secretKey": .string("password"),
                        "remoteRef": .map(["key": .string("prod/database/password"), "property": .string("password")]),
                    ])]),
                ]),
            ]),
            StubManifest("storage.k8s.io/v1", "StorageClass", "gp3-encrypted", body: [
                "provisioner": .string("ebs.csi.aws.com"),
                "parameters": .map([
                    "type": .string("gp3"), "encrypted": .string("true"),
                    "kmsKeyId": .string("arn:aws:kms:us-west-2:123456789012:key/12345678-1234-1234-1234-123456789012"),
                ]),
                "volumeBindingMode": .string("WaitForFirstConsumer"),
                "allowVolumeExpansion": .bool(true),
            ]),
        ]
    }

    static var appRole: IAMRoleArtifact {
        IAMRoleArtifact(
            roleName: "my-app-role", roleARN: "arn:aws:iam::123456789012:role/my-app-role",
            serviceAccount: ServiceAccountRef(namespace: "default", name: "my-service-account"),
            trustPolicy: .map([
                "Version": .string("2012-10-17"),
                "Statement": .list([.map([
                    "Effect": .string("Allow"),
                    "Principal": .map(["Federated": .string(providerARN)]),
                    "Action": .string("sts:AssumeRoleWithWebIdentity"),
                    "Condition": .map(["StringEquals": .map([
                        "\(issuer):sub": .string("system:serviceaccount:default:my-service-account"),
                        "\(issuer):aud": .string("sts.amazonaws.com"),
                    ])]),
                ])]),
            ]),
            permissionPolicy: .map([
                "Version": .string("2012-10-17"),
                "Statement": .list([.map([
                    "Sid": .string("ReadConfig"), "Effect": .string("Allow"),
                    "Action": .strings(["s3:GetObject", "s3:ListBucket"]),
                    "Resource": .strings(["arn:aws:s3:::config", "arn:aws:s3:::config/*"]),
                ])]),
            ]),
            managedPolicyARNs: ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"])
    }
}

extension GuideArtifacts {
    /// The secret stores' role: an inline policy only.
    static var storeRole: IAMRoleArtifact {
        var role = appRole
        role.roleName = "my-cluster-default-external-secrets-sa"
        role.roleARN = "arn:aws:iam::123456789012:role/my-cluster-default-external-secrets-sa"
        role.serviceAccount = ServiceAccountRef(namespace: "default", name: "external-secrets-sa")
        role.trustPolicy = role.trustPolicy.updating(["Statement", "[]", "Condition", "StringEquals", "\(issuer):sub"]) { _ in
            .string("system:serviceaccount:default:external-secrets-sa")
        }
        role.permissionPolicy = .map([
            "Version": .string("2012-10-17"),
            "Statement": .list([.map([
                "Effect": .string("Allow"), "Action": .string("secretsmanager:GetSecretValue"),
                "Resource": .string("arn:aws:secretsmanager:us-west-2:123456789012:secret:prod/database/password-??????"),
            ])]),
        ])
        role.managedPolicyARNs = []
        return role
    }
}
