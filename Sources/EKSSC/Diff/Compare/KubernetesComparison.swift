/// Compares the objects a build declares with the objects read from the cluster.
enum KubernetesComparison {
    /// Fields the API server rejects changes to, per kind: changing them means delete and recreate.
    static let immutableFields: [String: [String]] = [
        "StorageClass": ["parameters", "provisioner", "reclaimPolicy", "volumeBindingMode"],
        "RoleBinding": ["roleRef"],
        "ClusterRoleBinding": ["roleRef"],
    ]

    /// One drift entry per declared object and per orphan, sorted by object key. Live objects
    /// that are neither declared nor labelled managed-by ekssc (the `default` ServiceAccount,
    /// `kube-root-ca.crt`, system roles) are ignored.
    static func compare(desired: [any KubernetesManifest], live: [Document]) -> [ObjectDrift] {
        var liveByKey: [MatchKey: (key: ObjectKey, document: Document)] = [:]
        for document in live {
            guard let key = objectKey(of: document), liveByKey[MatchKey(key)] == nil else { continue }
            liveByKey[MatchKey(key)] = (key, document)
        }
        var declared = Set<MatchKey>()
        var results: [ObjectDrift] = []
        for manifest in desired {
            let key = manifest.objectKey
            let match = MatchKey(key)
            guard declared.insert(match).inserted else { continue }
            guard let liveObject = liveByKey[match] else {
                results.append(ObjectDrift(key: key, status: .toCreate))
                continue
            }
            results.append(compareObject(key: key, desired: manifest.document, live: liveObject.document))
        }
        for (match, liveObject) in liveByKey where !declared.contains(match) && isManagedByEKSSC(liveObject.document) {
            results.append(ObjectDrift(key: liveObject.key, status: .orphaned))
        }
        // Sorted through their keys alone: moving whole entries (diffs and all) in the sort
        // costs more than the comparisons.
        let keys = results.map(\.key)
        return keys.indices.sorted { keys[$0] < keys[$1] }.map { results[$0] }
    }

    /// Compares one declared object with its live copy.
    static func compareObject(key: ObjectKey, desired: Document, live: Document) -> ObjectDrift {
        var desiredSide = desired
        var liveSide = live
        var unmanaged: [UnmanagedMapping] = []
        if AWSAuthComparison.isAWSAuth(kind: key.kind, namespace: key.namespace, name: key.name) {
            (desiredSide, liveSide, unmanaged) = AWSAuthComparison.prepare(desired: desired, live: live)
        }
        // A different served version of the same group is not drift by itself.
        liveSide = liveSide.setting("apiVersion", .string(key.apiVersion))
        let normalisedDesired = ObjectNormalizer.normalize(desiredSide)
        let normalisedLive = ObjectNormalizer.normalize(liveSide)
        guard normalisedDesired != normalisedLive else {
            return ObjectDrift(key: key, status: .unchanged, unmanaged: unmanaged)
        }
        let hunks = UnifiedDiff.hunks(old: DiffLines(normalisedLive), new: DiffLines(normalisedDesired))
        let recreate = (immutableFields[key.kind] ?? []).filter { normalisedDesired[$0] != normalisedLive[$0] }
            .map { "\($0) cannot be changed in place: delete the \(key.kind) '\(key.name)' and apply again" }
        return ObjectDrift(key: key, status: .changed, diff: hunks, recreate: recreate, unmanaged: unmanaged)
    }

    /// The key of a live object; nil when it lacks kind, apiVersion or name.
    static func objectKey(of document: Document) -> ObjectKey? {
        guard let apiVersion = document["apiVersion"]?.stringValue,
              let kind = document["kind"]?.stringValue,
              let name = document["metadata"]?["name"]?.stringValue else { return nil }
        return ObjectKey(apiVersion: apiVersion, kind: kind,
                         namespace: document["metadata"]?["namespace"]?.stringValue, name: name)
    }

    static func isManagedByEKSSC(_ document: Document) -> Bool {
        let label = ObjectMeta.managedByLabel
        return document["metadata"]?["labels"]?[label.key]?.stringValue == label.value
    }

    /// Identifies an object across API versions: group, kind, namespace, name.
    struct MatchKey: Hashable {
        var group: String
        var kind: String
        var namespace: String
        var name: String

        init(_ key: ObjectKey) {
            group = key.group
            kind = key.kind
            namespace = key.namespace ?? ""
            name = key.name
        }
    }
}
