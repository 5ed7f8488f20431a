import Foundation
import Testing
@testable import EKSSC

/// The `--kubectl` path, with a kubectl stand-in script on PATH that prints recorded output
/// (no Kubernetes API server can run on these machines).
@Suite struct KubectlSourceTests {
    static let fixtures = DriftFixtureTests.folder

    /// A temporary folder with an executable `kubectl` running `script`; it logs its arguments.
    static func standIn(_ script: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ekssc-kubectl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("kubectl")
        try ("#!/bin/sh\necho \"$*\" >> \"\(folder.path)/calls.log\"\n" + script).write(to: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path.path)
        return folder
    }

    static func environment(with folder: URL) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = folder.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        return environment
    }

    static let recordingScript = """
        case "$*" in
          *"configmap aws-auth"*) cat "\(fixtures.path)/kubectl-aws-auth.json" ;;
          *) cat "\(fixtures.path)/kubectl-get.json" ;;
        esac
        """

    @Test func readsTheRecordedListAndFindsNoDrift() throws {
        let folder = try Self.standIn(Self.recordingScript)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = KubectlSource(context: "prod", environment: Self.environment(with: folder))
        let guide = try ExampleEndToEndTests.artifacts("guide.sec")
        let live = try source.read(forKinds: guide.manifests.map(\.kind))
        let report = DriftReport.compare(BuildArtifacts(manifests: guide.manifests), liveObjects: live, liveRoles: nil)
        #expect(report.text == "no drift: objects 16 unchanged\n")
        let calls = try String(contentsOf: folder.appendingPathComponent("calls.log"), encoding: .utf8)
        #expect(calls == """
            --context prod get namespaces,serviceaccounts,roles.rbac.authorization.k8s.io,\
            clusterroles.rbac.authorization.k8s.io,rolebindings.rbac.authorization.k8s.io,\
            clusterrolebindings.rbac.authorization.k8s.io,networkpolicies.networking.k8s.io,\
            storageclasses.storage.k8s.io,externalsecrets.external-secrets.io,secretstores.external-secrets.io,\
            securitygrouppolicies.vpcresources.k8s.aws -A -o json
            --context prod get configmap aws-auth -n kube-system -o json --ignore-not-found

            """)
    }

    @Test func missingAWSAuthIsNotAnError() throws {
        let folder = try Self.standIn("""
            case "$*" in
              *"configmap aws-auth"*) exit 0 ;;
              *) cat "\(Self.fixtures.path)/kubectl-get.json" ;;
            esac
            """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let live = try KubectlSource(environment: Self.environment(with: folder)).read(forKinds: ["Namespace"])
        let drifts = KubernetesComparison.compare(desired: try ExampleEndToEndTests.artifacts("guide.sec").manifests, live: live)
        #expect(drifts.filter(\.isDrift).map(\.key.description) == ["ConfigMap kube-system/aws-auth"])
    }

    @Test func kubectlFailureCarriesItsStandardError() throws {
        let folder = try Self.standIn("echo 'error: You must be logged in to the server (Unauthorized)' >&2\nexit 1\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: DiffError("""
            'kubectl get \(KubectlSource.resources(forKinds: ["Role"]).joined(separator: ",")) -A -o json' \
            failed with status 1:
            error: You must be logged in to the server (Unauthorized)
            """)) {
            try KubectlSource(environment: Self.environment(with: folder)).read(forKinds: ["Role"])
        }
    }

    @Test func missingKubectlIsAnError() {
        #expect(throws: DiffError("cannot run '/nonexistent/kubectl': not found or not executable")) {
            try KubectlSource(executable: "/nonexistent/kubectl", environment: [:]).read(forKinds: [])
        }
    }

    @Test func unreadableOutputIsAnError() throws {
        let folder = try Self.standIn("echo '{\"kind\": \"List\", \"items\": [{\"foo\": 1}]}'\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: DiffError("""
            cannot read live objects from 'kubectl get \(KubectlSource.resources(forKinds: []).joined(separator: ",")) \
            -A -o json': document 1, item 1 is not a Kubernetes object (expected a mapping with 'kind')
            """)) {
            try KubectlSource(environment: Self.environment(with: folder)).read(forKinds: [])
        }
    }
}
