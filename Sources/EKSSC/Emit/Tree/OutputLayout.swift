/// Renders the planned output tree (`OutputTreePass`) into files: YAML through libyaml, JSON
/// through `JSONEmitter`, text as it is. What goes where is decided by the pass, not here.
enum OutputLayout {
    /// How Kubernetes objects are spread over files and whether the AWS CLI inputs are written
    /// (the library's option type).
    typealias Kind = CompileOptions.Layout

    /// The files for `artifacts` in `layout`, sorted by path: `OutputTreePass`, then `render`.
    /// - Throws: `OutputLayoutError.duplicatePath` when two artifacts map to one path (a pass bug).
    static func files(for artifacts: BuildArtifacts, layout: Kind = .perObject) throws(OutputLayoutError) -> [OutputFile] {
        try render(OutputTreePass().run(artifacts, layout: layout))
    }

    /// Each planned file rendered, in the given (path) order.
    /// - Throws: `OutputLayoutError.duplicatePath` when two files have one path.
    static func render(_ planned: [PlannedFile]) throws(OutputLayoutError) -> [OutputFile] {
        for (previous, next) in zip(planned, planned.dropFirst()) where previous.path == next.path {
            throw .duplicatePath(next.path)
        }
        // Rendering is most of the work and each file's is independent of the others'. Each file
        // is hashed for the output marker right away, while its bytes are in cache.
        return planned.concurrentMap { OutputFile.hashed(path: $0.path, contents: render($0.content)) }
    }

    /// The text of one file.
    static func render(_ content: PlannedFile.Content) -> String {
        switch content {
        case .manifests(let manifests): YAMLEmitter.render(manifests: manifests)
        case .yaml(let document): YAMLEmitter.render([document])
        case .json(let document): JSONEmitter.render(document)
        case .text(let text): text
        }
    }
}
