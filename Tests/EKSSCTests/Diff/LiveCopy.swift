@testable import EKSSC

/// Turns desired objects into what `kubectl get -o json` shows after they were applied: server
/// fields added (uid, resourceVersion, timestamps, last-applied annotation, status), the API
/// server's and the CRDs' defaults filled in, keys in the API server's (sorted) order,
/// `managedFields` absent as kubectl shows it, and the cluster's own objects alongside.
enum LiveCopy {
    /// A kubectl `List` of `manifests` as live objects plus the `default` ServiceAccount and
    /// `kube-root-ca.crt` ConfigMap every namespace has. `renderMappings` turns aws-auth's
    /// mappings into YAML text as the cluster stores them (needs the YAML emitter).
    static func list(of manifests: [any KubernetesManifest], renderMappings: Bool) -> Document {
        var items = manifests.enumerated().map { index, manifest in
            object(manifest.document, serial: index + 1, renderMappings: renderMappings)
        }
        items.append(Document.map([
            "apiVersion": .string("v1"), "kind": .string("ServiceAccount"),
            "metadata": serverMetadata(name: "default", namespace: "default", serial: 900),
        ]))
        items.append(Document.map([
            "apiVersion": .string("v1"), "kind": .string("ConfigMap"),
            "data": .map(["ca.crt": .string("-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----\n")]),
            "metadata": serverMetadata(name: "kube-root-ca.crt", namespace: "default", serial: 901),
        ]))
        return .map([
            "apiVersion": .string("v1"), "items": .list(items), "kind": .string("List"),
            "metadata": .map(["resourceVersion": .string("")]),
        ])
    }

    static func serverMetadata(name: String, namespace: String?, serial: Int) -> Document {
        .map([
            "creationTimestamp": .string("2026-11-20T10:00:00Z"),
            "name": .string(name),
            "namespace": namespace.map(Document.string),
            "resourceVersion": .string(String(100_000 + serial)),
            "uid": .string("0b5f3c2e-0000-4000-8000-\(String(100_000_000_000 + serial))"),
        ])
    }

    /// One applied object as the API server returns it.
    static func object(_ desired: Document, serial: Int, renderMappings: Bool) -> Document {
        let kind = desired["kind"]?.stringValue ?? ""
        var live = desired
        live = live.updating("metadata") { metadata in
            var result = metadata
            for entry in serverMetadata(name: "", namespace: nil, serial: serial).entries ?? [] where entry.key != "name" {
                result = result.setting(entry.key, entry.value)
            }
            if kind != "Namespace" && kind != "ServiceAccount" && kind != "ConfigMap" {
                result = result.setting("generation", .int(1))
            }
            let annotations = (metadata["annotations"]?.entries ?? [])
                + [Document.Entry("kubectl.kubernetes.io/last-applied-configuration", .string("{\"apiVersion\":\"...\"}\n"))]
            return result.setting("annotations", .map(annotations))
        }
        switch kind {
        case "Namespace":
            live = live
                .updating("metadata") { $0.updating("labels") { labels in
                    labels.setting("kubernetes.io/metadata.name", desired["metadata"]?["name"] ?? .null) } }
                .setting("spec", .map(["finalizers": .strings(["kubernetes"])]))
                .setting("status", .map(["phase": .string("Active")]))
        case "StorageClass":
            live = live.settingDefault("reclaimPolicy", .string("Delete"))
        case "ExternalSecret":
            live = live
                .updating("spec.target") { $0.settingDefault("creationPolicy", .string("Owner"))
                    .settingDefault("deletionPolicy", .string("Retain")) }
                .updating("spec.data.[].remoteRef") { $0.settingDefault("conversionStrategy", .string("Default"))
                    .settingDefault("decodingStrategy", .string("None")).settingDefault("metadataPolicy", .string("None")) }
                .setting("status", .map(["refreshTime": .string("2026-11-27T07:00:00Z"), "syncedResourceVersion": .string("1-abc")]))
        case "SecretStore", "ClusterSecretStore":
            live = live.updating("spec.provider.aws") { $0.settingDefault("sessionTagsPolicy", .string("None")) }
        case "ConfigMap" where renderMappings:
            live = live.updating("data") { data in
                .map((data.entries ?? []).map { entry in
                    guard case .yamlText(let inner) = entry.value else { return entry }
                    return Document.Entry(entry.key, .string(YAMLEmitter.render([inner])))
                })
            }
        default:
            break
        }
        return live.withSortedKeys
    }
}
