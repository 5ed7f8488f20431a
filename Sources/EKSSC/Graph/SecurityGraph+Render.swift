/// Graphviz `dot` and Mermaid renderings of a `SecurityGraph`.
extension SecurityGraph {
    /// Namespaces as clusters; tiers boxes, CIDRs ellipses, ServiceAccounts, roles and secrets
    /// their own shapes; flows solid, identity links dashed.
    var dot: String {
        var out = "digraph ekssc {\n  rankdir=LR;\n  node [fontname=\"Helvetica\", fontsize=10];\n  edge [fontname=\"Helvetica\", fontsize=9];\n"
        let namespaces = Set(nodes.compactMap(\.namespace)).sorted()
        func line(_ node: Node) -> String {
            let shape = switch node.shape {
            case .tier: "box, style=rounded"
            case .cidr: "ellipse"
            case .serviceAccount: "note"
            case .role: "hexagon"
            case .secret: "cylinder"
            }
            return "\(node.id) [label=\(Self.quoted(node.label)), shape=\(shape)];"
        }
        for (index, namespace) in namespaces.enumerated() {
            out += "  subgraph cluster_\(index) {\n    label=\(Self.quoted(namespace));\n"
            for node in nodes where node.namespace == namespace { out += "    \(line(node))\n" }
            out += "  }\n"
        }
        for node in nodes where node.namespace == nil { out += "  \(line(node))\n" }
        for edge in edges {
            out += "  \(edge.from) -> \(edge.to) [label=\(Self.quoted(edge.label))\(edge.dashed ? ", style=dashed" : "")];\n"
        }
        return out + "}\n"
    }

    var mermaid: String {
        var out = "flowchart LR\n"
        func line(_ node: Node) -> String {
            let label = Self.mermaidText(node.label)
            return switch node.shape {
            case .tier: "\(node.id)(\"\(label)\")"
            case .cidr: "\(node.id)([\"\(label)\"])"
            case .serviceAccount: "\(node.id)[/\"\(label)\"/]"
            case .role: "\(node.id){{\"\(label)\"}}"
            case .secret: "\(node.id)[(\"\(label)\")]"
            }
        }
        for namespace in Set(nodes.compactMap(\.namespace)).sorted() {
            out += "  subgraph \(Self.id("ns", namespace))[\"\(Self.mermaidText(namespace))\"]\n"
            for node in nodes where node.namespace == namespace { out += "    \(line(node))\n" }
            out += "  end\n"
        }
        for node in nodes where node.namespace == nil { out += "  \(line(node))\n" }
        for edge in edges {
            out += "  \(edge.from) \(edge.dashed ? "-." : "--") \"\(Self.mermaidText(edge.label))\" \(edge.dashed ? ".->" : "-->") \(edge.to)\n"
        }
        return out
    }

    /// A dot string literal: `"` and `\` escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            if character == "\"" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out + "\""
    }

    /// Mermaid label text: `"` as the entity `#quot;`.
    static func mermaidText(_ text: String) -> String {
        var out = ""
        for character in text { out += character == "\"" ? "#quot;" : String(character) }
        return out
    }
}
