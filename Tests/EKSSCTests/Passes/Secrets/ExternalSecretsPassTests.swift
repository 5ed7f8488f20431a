import Testing
@testable import EKSSC

@Suite struct ExternalSecretsPassTests {
    static let expectedDocuments = [
        """
        {"apiVersion":"external-secrets.io/v1","kind":"ClusterSecretStore","metadata":{"name":"params",\
        "labels":{"app.kubernetes.io/managed-by":"ekssc"}},"spec":{"provider":{"aws":{"service":"ParameterStore",\
        "region":"eu-west-1","auth":{"jwt":{"serviceAccountRef":{"name":"eso-params","namespace":"external-secrets"}}}}}}}
        """,
        """
        {"apiVersion":"external-secrets.io/v1","kind":"ExternalSecret","metadata":{"name":"db","namespace":"payments",\
        "labels":{"app.kubernetes.io/managed-by":"ekssc"}},"spec":{"refreshInterval":"1h",\
        "secretStoreRef":{"name":"sm","kind":"SecretStore"},"target":{"name":"db","creationPolicy":"Owner"},\
        "data":[{"secretKey":"password","remoteRef":{"key":"prod/db","property":"password"}},\
        {"secretKey":"username","remoteRef":{"key":"prod/db","property":"username","version":"AWSCURRENT"}}]}}
        """,
        """
        {"apiVersion":"external-secrets.io/v1","kind":"ExternalSecret","metadata":{"name":"flags","namespace":"payments",\
        "labels":{"app.kubernetes.io/managed-by":"ekssc"}},"spec":{"refreshInterval":"15m",\
        "secretStoreRef":{"name":"params","kind":"ClusterSecretStore"},"target":{"name":"flags","creationPolicy":"Owner"},\
        "data":[{"secretKey":"flags","remoteRef":{"key":"/prod/api/flags"}}]}}
        """,
        """
        {"apiVersion":"external-secrets.io/v1","kind":"ExternalSecret","metadata":{"name":"limits","namespace":"payments",\
        "labels":{"app.kubernetes.io/managed-by":"ekssc"}},"spec":{"refreshInterval":"1h",\
        "secretStoreRef":{"name":"params","kind":"ClusterSecretStore"},"target":{"name":"limits","creationPolicy":"Owner"},\
        "data":[{"secretKey":"max","remoteRef":{"key":"/prod/worker/max"}}]}}
        """,
        """
        {"apiVersion":"external-secrets.io/v1","kind":"ExternalSecret","metadata":{"name":"queue","namespace":"payments",\
        "labels":{"app.kubernetes.io/managed-by":"ekssc"}},"spec":{"refreshInterval":"1h",\
        "secretStoreRef":{"name":"sm","kind":"SecretStore"},"target":{"name":"queue","creationPolicy":"Owner"},\
        "dataFrom":[{"extract":{"key":"prod/queue"}}]}}
        """,
        """
        {"apiVersion":"external-secrets.io/v1","kind":"SecretStore","metadata":{"name":"sm","namespace":"payments",\
        "labels":{"app.kubernetes.io/managed-by":"ekssc"}},"spec":{"provider":{"aws":{"service":"SecretsManager",\
        "region":"us-west-2","auth":{"jwt":{"serviceAccountRef":{"name":"eso"}}}}}}}
        """,
        """
        {"apiVersion":"external-secrets.io/v1","kind":"SecretStore","metadata":{"name":"unused","namespace":"payments",\
        "labels":{"app.kubernetes.io/managed-by":"ekssc"}},"spec":{"provider":{"aws":{"service":"SecretsManager",\
        "region":"us-west-2","auth":{"jwt":{"serviceAccountRef":{"name":"idle"}}}}}}}
        """,
    ]

    static func model() -> SecurityModel {
        var model = SecretStoreAccessPolicyTests.model()
        model.apps[0].secrets[0].data[1].version = "AWSCURRENT"
        model.apps[0].secrets[1].refreshInterval = "15m"
        return model
    }

    @Test func storesAndExternalSecretsInObjectOrder() {
        let output = ExternalSecretsPass().run(Self.model())
        #expect(output.diagnostics.isEmpty)
        #expect(output.manifests.map { IdentityTestJSON.compact($0.document) } == Self.expectedDocuments)
    }

    @Test func outputDoesNotDependOnSecretOrder() {
        var model = Self.model()
        model.apps.reverse()
        for index in model.apps.indices { model.apps[index].secrets.reverse() }
        let output = ExternalSecretsPass().run(model)
        #expect(output.manifests.map { IdentityTestJSON.compact($0.document) } == Self.expectedDocuments)
    }
}
