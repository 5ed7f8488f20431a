/// The drawings `Compilation.graph` makes of tiers, flows and identities.
public enum GraphFormat: String, Sendable, CaseIterable {
    /// Graphviz dot.
    case dot
    /// A Mermaid flowchart.
    case mermaid
}
