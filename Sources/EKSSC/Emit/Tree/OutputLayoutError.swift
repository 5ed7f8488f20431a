/// Why artifacts could not be laid out as files: a pass produced two artifacts for one path.
enum OutputLayoutError: Error, Sendable, Equatable, CustomStringConvertible {
    case duplicatePath(String)

    var description: String {
        switch self {
        case .duplicatePath(let path): "two artifacts map to the output path '\(path)'"
        }
    }
}
