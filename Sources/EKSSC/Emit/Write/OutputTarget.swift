/// The directory an output tree replaces: its path without trailing slashes, and the names of
/// the hidden siblings used while swapping.
struct OutputTarget {
    /// The target as given, without trailing `/`.
    var path: String
    /// The folder that holds the target (`.` for a bare name).
    var parent: String
    /// The target's own name.
    var name: String

    init(_ directory: String) throws(OutputWriteError) {
        var trimmed = Substring(directory)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        let components = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        guard let last = components.last, !last.isEmpty, last != ".", last != ".." else {
            throw .unnamedTarget(directory: directory)
        }
        path = String(trimmed)
        name = String(last)
        let parentComponents = components.dropLast()
        if parentComponents.isEmpty {
            parent = "."
        } else if parentComponents.count == 1, parentComponents[parentComponents.startIndex].isEmpty {
            parent = "/"
        } else {
            parent = parentComponents.joined(separator: "/")
        }
    }

    /// `<parent>/.<name>.ekssc-<purpose>-<process id>-<random hex>`: hidden, beside the target
    /// (same file system), and naming the process that made it.
    func sibling(_ purpose: String) -> String {
        let random = String(UInt64.random(in: .min ... .max), radix: 16)
        return folderPrefix + "\(siblingPrefix)\(purpose)-\(PlatformFileCalls.currentProcessID)-\(random)"
    }

    /// `.<name>.ekssc-`, how every sibling's name starts.
    var siblingPrefix: String { ".\(name).ekssc-" }

    /// The parent with a trailing slash (empty for `/`).
    var folderPrefix: String { (parent == "/" ? "" : parent) + "/" }

    /// The process id in a name that has exactly the shape `sibling` gives (purpose `tmp` or
    /// `old`, decimal id, 1 to 16 lowercase hex digits); nil for any other name.
    func siblingOwner(_ entry: String) -> Int32? {
        guard entry.hasPrefix(siblingPrefix) else { return nil }
        let parts = entry.dropFirst(siblingPrefix.count).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, ["tmp", "old", "marker"].contains(parts[0]),
              !parts[1].isEmpty, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }), let pid = Int32(parts[1]),
              (1...16).contains(parts[2].count),
              parts[2].allSatisfy({ $0.isASCII && ($0.isNumber || ("a"..."f").contains($0)) }) else { return nil }
        return pid
    }
}
