/// One `spec.dataFrom[].find` of an ExternalSecret: every remote secret under a prefix, as the
/// External Secrets Operator's AWS provider looks them up.
///
/// The provider only searches by name (`find.name.regexp`; `find.path` alone is refused), and
/// `path` narrows the listing: Secrets Manager lists secrets whose name starts with it,
/// Parameter Store reads the hierarchy below it with `GetParametersByPath` (a path starts with
/// `/` and does not end with one). The regular expression anchors the same prefix, so nothing
/// outside it is taken even where the listing is broader. Keys are the remote names, which the
/// operator makes valid Secret keys (`/` becomes `_`).
struct ExternalSecretFind: Sendable, Hashable {
    var path: String
    var nameRegexp: String

    init(prefix: String, provider: SecretProvider) {
        switch provider {
        case .secretsManager:
            path = prefix
            nameRegexp = "^" + Self.quoted(prefix)
        case .parameterStore:
            let levels = String(prefix.drop { $0 == "/" }).trimmingSuffix("/")
            path = "/" + levels
            nameRegexp = "^" + Self.quoted(path + "/")
        }
    }

    /// `text` with the RE2 metacharacters that remote names may contain escaped.
    static func quoted(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\.+*?()|[]{}^$".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    var document: Document {
        DocumentBuilder.build { write(to: &$0) }
    }

    /// `{find: {path: ..., name: {regexp: ...}}}`
    func write<Sink: DocumentSink>(to sink: inout Sink) throws(Sink.Failure) {
        try sink.mappingStart(empty: false)
        try sink.key("find")
        try sink.mappingStart(empty: false)
        try sink.key("path")
        try sink.string(path)
        try sink.key("name")
        try sink.mappingStart(empty: false)
        try sink.key("regexp")
        try sink.string(nameRegexp)
        try sink.mappingEnd()
        try sink.mappingEnd()
        try sink.mappingEnd()
    }
}
