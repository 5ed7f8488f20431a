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

    /// `<parent>/.<name>.ekssc-<purpose>-<random hex>`.
    func sibling(_ purpose: String) -> String {
        let random = String(UInt64.random(in: .min ... .max), radix: 16)
        let folder = parent == "/" ? "" : parent
        return "\(folder)/.\(name).ekssc-\(purpose)-\(random)"
    }
}
