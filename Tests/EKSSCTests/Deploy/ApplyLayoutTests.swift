import Foundation
import Testing
@testable import EKSSC

/// The tagline as a user runs it: `kubectl apply -k out/` works because `kubectl kustomize out/`
/// renders every Kubernetes object of the build exactly once (kubectl needs no cluster for it).
@Suite(.enabled(if: Executables.kubectl != nil, "needs kubectl on PATH"))
struct ApplyLayoutTests {
    @Test(arguments: Examples.all, OutputLayout.Kind.allCases)
    func kustomizeAtTheRootRendersEveryObjectOnce(_ example: String, _ layout: OutputLayout.Kind) throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out").path
        let build = try CLIRunner.run(["build", Examples.root.appendingPathComponent("\(example).sec").path, "-o", out,
                                     "--layout", layout.rawValue])
        #expect(build.status == 0, "\(build.stderr)")

        let rendered = try ExternalCommand(executable: Executables.kubectl ?? "kubectl", arguments: ["kustomize", out], environment: [:]).run()
        #expect(rendered.succeeded, "\(rendered.standardError)")
        let objects = try YAMLReader.read(rendered.standardOutput).map { object in
            [object["kind"]?.stringValue ?? "?", object["metadata"]?["namespace"]?.stringValue ?? "",
             object["metadata"]?["name"]?.stringValue ?? "?"].joined(separator: "/")
        }
        let expected = try Examples.build(example).filter { $0.path.hasPrefix("kubernetes/") && $0.path != "kubernetes/kustomization.yaml" }
            .map { file in
                let object = try #require(try YAMLReader.read(Array(file.contents.utf8)).first)
                return [object["kind"]?.stringValue ?? "?", object["metadata"]?["namespace"]?.stringValue ?? "",
                        object["metadata"]?["name"]?.stringValue ?? "?"].joined(separator: "/")
            }
        #expect(objects.count == Set(objects).count, "an object rendered twice")
        #expect(objects.sorted() == expected.sorted())
    }

    @Test func versionIsPrintedAndExitsZero() throws {
        let result = try CLIRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == EKSSCVersion.current + "\n")
    }
}
