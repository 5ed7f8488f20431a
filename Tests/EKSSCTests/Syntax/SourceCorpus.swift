import Foundation
@testable import EKSSC

/// Every `.sec` file of the repository that tests may run over: the examples and every fixture
/// under Tests/EKSSCTests/Fixtures, in sorted order, with their repository-relative paths.
enum SourceCorpus {
    static let files: [SourceFile] = {
        let root = Repository.root
        var paths: [String] = []
        for folder in ["examples", "Tests/EKSSCTests/Fixtures"] {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: base.path) else { continue }
            for case let relative as String in walker where relative.hasSuffix(".sec") {
                paths.append(folder + "/" + relative)
            }
        }
        return paths.sorted().compactMap { path in
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else { return nil }
            return SourceFile(path: path, bytes: [UInt8](data))
        }
    }()
}
