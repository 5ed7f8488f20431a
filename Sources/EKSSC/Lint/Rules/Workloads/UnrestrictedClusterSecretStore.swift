/// EKS-SECRETS-001: a ClusterSecretStore that every namespace may read from.
struct UnrestrictedClusterSecretStore: LintRule {
    let id = "EKS-SECRETS-001"
    let name = "UnrestrictedClusterSecretStore"
    let defaultSeverity = Severity.warning
    let title = "A ClusterSecretStore is readable from every namespace"
    let rationale = """
        Without spec.conditions any namespace can create an ExternalSecret against the store and \
        read every secret its role can read (External Secrets Operator docs, "ClusterSecretStore" \
        and "Security best practices: restrict access to ClusterSecretStores"; EKS Best Practices \
        Guide, Data encryption and secrets management).
        """
    let fix = "add 'namespaces NS, ...' or 'namespace-selector KEY = VALUE' to the clustersecretstore"
    let badExample = """
        clustersecretstore platform {
          provider secretsmanager
          serviceaccount eso in shop
        }
        app api in shop {
          secret db from platform { password <- "shop/db" property password }
        }
        """
    let goodExample = """
        clustersecretstore platform {
          provider secretsmanager
          serviceaccount eso in shop
          namespaces shop
        }
        app api in shop {
          secret db from platform { password <- "shop/db" property password }
        }
        """

    func check(_ context: LintContext) -> [LintFinding] {
        context.model.secretStores.filter { $0.id.isClusterWide && !$0.isRestricted }.map { store in
            finding("clustersecretstore '\(store.id.name)' can be used from every namespace",
                    at: context.sources.name(of: store))
        }
    }
}
