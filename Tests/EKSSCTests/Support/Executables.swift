import Foundation

/// The one place tests find the programs they run: the `ekssc` binary that `swift build` made
/// beside the test bundle, and external tools (kubectl) on `PATH`. The validators' tools come
/// from their virtualenv through `ValidatorTools`, which uses `executable(at:)` from here.
enum Executables {
    /// The built `ekssc` binary, nil when it is not built: the build folder holds the test
    /// bundle (`CommandLine.arguments[0]` or `Bundle.main`) and the products side by side.
    static let ekssc: String? = {
        var folders: [URL] = []
        for start in [URL(fileURLWithPath: CommandLine.arguments[0]), Bundle.main.bundleURL] {
            var folder = start.deletingLastPathComponent()
            while folder.path != "/" {
                folders.append(folder)
                folder.deleteLastPathComponent()
            }
        }
        folders.append(Repository.url(".build/debug"))
        return folders.lazy.compactMap { executable(at: $0.appendingPathComponent("ekssc").path) }.first
    }()

    /// kubectl on `PATH` (`kubectl kustomize` needs no cluster), nil when there is none.
    static let kubectl: String? = onPath("kubectl")

    /// `path` when it names an executable regular file.
    static func executable(at path: String) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return nil
        }
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// The first `name` in a `PATH` folder, nil when there is none.
    static func onPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").lazy.compactMap { executable(at: "\($0)/\(name)") }.first
    }
}
