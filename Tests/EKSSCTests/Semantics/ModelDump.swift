/// A stable text rendering of any model value for comparisons: every stored property by
/// reflection, except source ranges (which legitimately move when declarations are reordered).
enum ModelDump {
    static func text(of value: Any) -> String {
        var out = ""
        write(value, indent: "", into: &out)
        return out
    }

    private static func write(_ value: Any, indent: String, into out: inout String) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct, .class, .enum, .tuple, .collection, .optional, .set, .dictionary:
            if mirror.children.isEmpty {
                out += "\(value)\n"
                return
            }
            out += "\(mirror.subjectType)\n"
            for child in mirror.children where child.label != "range" {
                out += "\(indent)  \(child.label ?? "-"): "
                write(child.value, indent: indent + "  ", into: &out)
            }
        default:
            out += "\(value)\n"
        }
    }
}
