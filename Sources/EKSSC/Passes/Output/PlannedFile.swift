/// One file of the output tree as the lowering decided it: its path and the values it is
/// rendered from. `OutputLayout` (Emit) only renders these; it decides nothing.
struct PlannedFile: Sendable {
    /// What the file holds, before rendering.
    enum Content: Sendable {
        /// A YAML stream of these Kubernetes objects, in this order (their documents are built
        /// while rendering, which runs file by file in parallel).
        case manifests([any KubernetesManifest])
        /// One YAML document.
        case yaml(Document)
        /// One JSON document.
        case json(Document)
        /// Text written as it is (the apply guide).
        case text(String)
    }

    /// Relative to the output folder, `/`-separated.
    var path: String
    var content: Content

    init(path: String, content: Content) {
        self.path = path
        self.content = content
    }
}
